import { type Assessment, assess, type FiredRule, type RuleId } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { negativeFacts } from "../../testing/negative-facts.ts";

const ids = (result: Assessment) => result.rules.map((rule) => rule.id);
const rule = (result: Assessment, id: RuleId): FiredRule | undefined => result.rules.find((r) => r.id === id);
const causes = (result: Assessment) => result.causes.map((cause) => cause.id);

describe("the complete negative case", () => {
  it("is self_care by SC alone, complete, with nothing missing", () => {
    const result = assess(negativeFacts());
    expect(result.level).toBe("self_care");
    expect(result.complete).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.couldReach).toBeNull();
    expect(ids(result)).toEqual(["SC"]);
    expect(result.rules[0]).toMatchObject({
      level: "self_care",
      facts: [],
      evidence: [],
      cause: "soft_tissue_strain",
    });
    expect(result.causes).toEqual([{ id: "soft_tissue_strain", rules: ["SC"] }]);
  });
});

describe("E1 cauda equina signs", () => {
  const parts = ["saddleNumbness", "bladderChange", "bowelIncontinence", "sexualDysfunction"] as const;

  it.each(parts)("%s alone is an emergency citing only that sign", (part) => {
    const result = assess(negativeFacts({ [part]: true }));
    expect(result.level).toBe("emergency");
    expect(result.complete).toBe(true);
    expect(ids(result)).toEqual(["E1"]);
    expect(rule(result, "E1")).toMatchObject({
      level: "emergency",
      facts: [part],
      evidence: [{ fact: part, value: true }],
      cause: "cauda_equina_syndrome",
    });
    expect(causes(result)).toEqual(["cauda_equina_syndrome"]);
  });

  it("cites every true part of the 'or', in the rule's order", () => {
    const result = assess(negativeFacts({ bowelIncontinence: true, saddleNumbness: true }));
    expect(rule(result, "E1")?.facts).toEqual(["saddleNumbness", "bowelIncontinence"]);
  });

  it.each(parts)("with %s unknown and the rest no, the level is open and that sign is missing", (part) => {
    const result = assess(negativeFacts({ [part]: undefined }));
    expect(result.level).toBeNull();
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([part]);
    expect(result.couldReach).toBe("emergency");
    expect(result.rules).toEqual([]);
    expect(result.causes).toEqual([]);
  });

  it("settles the level at once: one sign is enough even when everything else is unknown", () => {
    const result = assess({ bladderChange: true });
    expect(result).toMatchObject({ level: "emergency", complete: true, missing: [], couldReach: null });
  });
});

describe("E2 weakness in both legs", () => {
  it("both_legs is an emergency citing legWeakness", () => {
    const result = assess(negativeFacts({ legWeakness: "both_legs" }));
    expect(result.level).toBe("emergency");
    expect(ids(result)).toEqual(["E2"]);
    expect(rule(result, "E2")).toMatchObject({
      facts: ["legWeakness"],
      evidence: [{ fact: "legWeakness", value: "both_legs" }],
      cause: "cauda_equina_syndrome",
    });
  });

  it("one_leg is not E2 (it is U4)", () => {
    const result = assess(negativeFacts({ legWeakness: "one_leg" }));
    expect(ids(result)).toEqual(["U4"]);
    expect(result.level).toBe("urgent");
  });

  it("merges E1 and E2 into one ranked cause naming both rules", () => {
    const result = assess(negativeFacts({ legWeakness: "both_legs", saddleNumbness: true }));
    expect(result.causes).toEqual([{ id: "cauda_equina_syndrome", rules: ["E1", "E2"] }]);
  });
});

describe("E3 major trauma", () => {
  it("major_trauma is an emergency with spinal_fracture", () => {
    const result = assess(negativeFacts({ onsetTrigger: "major_trauma" }));
    expect(result.level).toBe("emergency");
    expect(ids(result)).toEqual(["E3"]);
    expect(rule(result, "E3")).toMatchObject({ facts: ["onsetTrigger"], cause: "spinal_fracture" });
    expect(rule(result, "E3")?.evidence).toEqual([{ fact: "onsetTrigger", value: "major_trauma" }]);
  });

  it.each(["minor_trauma", "strain", "none"] as const)("%s without risk factors is not E3", (trigger) => {
    const result = assess(negativeFacts({ onsetTrigger: trigger }));
    expect(result.level).toBe("self_care");
  });
});

describe("E4 heart", () => {
  it("chest symptoms are an emergency with a cardiac cause, whatever the trigger", () => {
    const result = assess(negativeFacts({ chestSymptoms: true, onsetTrigger: "strain" }));
    expect(result.level).toBe("emergency");
    expect(ids(result)).toEqual(["E4"]);
    expect(rule(result, "E4")).toMatchObject({ facts: ["chestSymptoms"], cause: "cardiac" });
  });
});

describe("E5 aorta: belly pain at 50 or over", () => {
  it("age 50 with belly pain is E5, citing abdominalPain and age", () => {
    const result = assess(negativeFacts({ abdominalPain: true, age: 50 }));
    expect(result.level).toBe("emergency");
    expect(ids(result)).toEqual(["E5"]);
    expect(rule(result, "E5")).toMatchObject({
      facts: ["abdominalPain", "age"],
      evidence: [
        { fact: "abdominalPain", value: true },
        { fact: "age", value: 50 },
      ],
      cause: "aortic_aneurysm",
    });
  });

  it("age 49 with belly pain is not E5 but U6 (urgent, kidney)", () => {
    const result = assess(negativeFacts({ abdominalPain: true, age: 49 }));
    expect(result.level).toBe("urgent");
    expect(ids(result)).toEqual(["U6"]);
    expect(causes(result)).toEqual(["kidney"]);
  });

  it("age 50 without belly pain raises nothing: age alone never raises the level", () => {
    expect(assess(negativeFacts({ age: 50 })).level).toBe("self_care");
    expect(assess(negativeFacts({ age: 120 })).level).toBe("self_care");
  });

  it("belly pain with age unknown is urgent (U6), and age is missing because it could make it E5", () => {
    const result = assess(negativeFacts({ abdominalPain: true, age: undefined }));
    expect(result.level).toBe("urgent");
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual(["age"]);
    expect(result.couldReach).toBe("emergency");
  });
});

describe("E6 spinal infection: fever and a risk factor or a nerve sign", () => {
  const parts = [
    ["ivDrugUse", true],
    ["immunosuppressed", true],
    ["recentInfectionOrSpinalProcedure", true],
    ["legWeakness", "one_leg"],
    ["legWeakness", "both_legs"],
    ["legNumbness", true],
  ] as const;

  it.each(parts)("fever with %s = %s is E6, citing fever and that part", (part, value) => {
    const result = assess(negativeFacts({ fever: true, [part]: value }));
    expect(result.level).toBe("emergency");
    expect(rule(result, "E6")).toMatchObject({
      facts: ["fever", part],
      evidence: [
        { fact: "fever", value: true },
        { fact: part, value },
      ],
      cause: "spinal_infection",
    });
    expect(result.causes[0]?.id).toBe(
      part === "legWeakness" && value === "both_legs" ? "cauda_equina_syndrome" : "spinal_infection",
    );
  });

  it.each(parts)("%s = %s without fever is not E6", (part, value) => {
    expect(ids(assess(negativeFacts({ [part]: value })))).not.toContain("E6");
  });

  it("cites every true part of the inner 'or'", () => {
    const result = assess(negativeFacts({ fever: true, ivDrugUse: true, immunosuppressed: true }));
    expect(rule(result, "E6")?.facts).toEqual(["fever", "ivDrugUse", "immunosuppressed"]);
  });

  it("fever with no risk factor and no nerve sign is U1 only (urgent, complete)", () => {
    const result = assess(negativeFacts({ fever: true }));
    expect(result).toMatchObject({ level: "urgent", complete: true, missing: [] });
    expect(ids(result)).toEqual(["U1"]);
  });

  it("fever with a risk factor unknown keeps the level urgent and asks for that factor", () => {
    const result = assess(negativeFacts({ fever: true, ivDrugUse: undefined }));
    expect(result).toMatchObject({ level: "urgent", complete: false, missing: ["ivDrugUse"] });
    expect(result.couldReach).toBe("emergency");
  });

  it("with no fever, the fever risk factors are never missing", () => {
    const result = assess(
      negativeFacts({
        ivDrugUse: undefined,
        immunosuppressed: undefined,
        recentInfectionOrSpinalProcedure: undefined,
      }),
    );
    expect(result).toMatchObject({ level: "self_care", complete: true, missing: [] });
  });

  it("with fever unknown, fever is missing but its risk factors are asked only alongside it", () => {
    const result = assess(negativeFacts({ fever: undefined, ivDrugUse: undefined }));
    expect(result.level).toBeNull();
    expect(result.missing).toEqual(expect.arrayContaining(["fever", "ivDrugUse"]));
  });
});

describe("E7 symptoms in both legs", () => {
  it("both sides with pain below the knee is E7 (and S4), citing both facts", () => {
    const result = assess(negativeFacts({ legPainBothSides: true, legPain: "below_knee" }));
    expect(result.level).toBe("emergency");
    expect(ids(result)).toEqual(["E7", "S4"]);
    expect(rule(result, "E7")).toMatchObject({
      facts: ["legPainBothSides", "legPain"],
      cause: "cauda_equina_syndrome",
    });
    expect(causes(result)).toEqual(["cauda_equina_syndrome", "herniated_disc"]);
  });

  it("both sides with numbness is E7", () => {
    const result = assess(negativeFacts({ legPainBothSides: true, legNumbness: true }));
    expect(rule(result, "E7")?.facts).toEqual(["legPainBothSides", "legNumbness"]);
    expect(result.level).toBe("emergency");
  });

  it("both sides with pain only above the knee and no numbness is not E7", () => {
    const result = assess(negativeFacts({ legPainBothSides: true, legPain: "above_knee" }));
    expect(result.level).toBe("self_care");
  });

  it("pain below the knee on one side only is S4, not E7", () => {
    const result = assess(negativeFacts({ legPainBothSides: false, legPain: "below_knee" }));
    expect(ids(result)).toEqual(["S4"]);
  });

  it("pain below the knee with sides unknown: soon for now, legPainBothSides missing", () => {
    const result = assess(negativeFacts({ legPain: "below_knee", legPainBothSides: undefined }));
    expect(result).toMatchObject({ level: "soon", complete: false, missing: ["legPainBothSides"] });
    expect(result.couldReach).toBe("emergency");
  });
});

describe("cause ranking across emergency rules", () => {
  it("orders causes by the rule table within one level", () => {
    const result = assess(
      negativeFacts({
        chestSymptoms: true,
        onsetTrigger: "major_trauma",
        bladderChange: true,
        age: 60,
        abdominalPain: true,
      }),
    );
    expect(ids(result)).toEqual(["E1", "E3", "E4", "E5"]);
    expect(causes(result)).toEqual([
      "cauda_equina_syndrome",
      "spinal_fracture",
      "cardiac",
      "aortic_aneurysm",
    ]);
  });

  it("lists every firing rule, not only the winner", () => {
    const result = assess(negativeFacts({ saddleNumbness: true, cancerHistory: true, weightLoss: true }));
    expect(ids(result)).toEqual(["E1", "U3", "S7"]);
    expect(result.causes).toEqual([
      { id: "cauda_equina_syndrome", rules: ["E1"] },
      { id: "malignancy", rules: ["U3", "S7"] },
    ]);
  });
});
