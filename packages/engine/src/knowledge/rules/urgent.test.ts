import { type Assessment, assess, type FiredRule, type RuleId } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { negativeFacts } from "../../testing/negative-facts.ts";

const ids = (result: Assessment) => result.rules.map((rule) => rule.id);
const rule = (result: Assessment, id: RuleId): FiredRule | undefined => result.rules.find((r) => r.id === id);
const causes = (result: Assessment) => result.causes.map((cause) => cause.id);

describe("U1 fever", () => {
  it("fever alone is urgent with spinal_infection", () => {
    const result = assess(negativeFacts({ fever: true }));
    expect(result).toMatchObject({ level: "urgent", complete: true });
    expect(rule(result, "U1")).toMatchObject({
      level: "urgent",
      facts: ["fever"],
      evidence: [{ fact: "fever", value: true }],
      cause: "spinal_infection",
    });
    expect(causes(result)).toEqual(["spinal_infection"]);
  });

  it("fever with urinary symptoms names kidney (U1 and U5 share it)", () => {
    const result = assess(negativeFacts({ fever: true, urinarySymptoms: true }));
    expect(ids(result)).toEqual(["U1", "U5"]);
    expect(rule(result, "U1")?.cause).toBe("kidney");
    expect(rule(result, "U1")?.facts).toEqual(["fever"]);
    expect(result.causes).toEqual([{ id: "kidney", rules: ["U1", "U5"] }]);
  });

  it("fever with urinary symptoms unknown still names spinal_infection (the cause needs a yes)", () => {
    const result = assess(negativeFacts({ fever: true, urinarySymptoms: undefined }));
    expect(rule(result, "U1")?.cause).toBe("spinal_infection");
    // U5 is urgent too, so urinary symptoms cannot raise the level further.
    expect(result.missing).not.toContain("urinarySymptoms");
  });
});

describe("U2 fragility fracture: minor trauma with a risk factor", () => {
  it("minor trauma at 70 is U2 citing onsetTrigger and age", () => {
    const result = assess(negativeFacts({ onsetTrigger: "minor_trauma", age: 70 }));
    expect(result.level).toBe("urgent");
    expect(ids(result)).toEqual(["U2"]);
    expect(rule(result, "U2")).toMatchObject({
      facts: ["onsetTrigger", "age"],
      evidence: [
        { fact: "onsetTrigger", value: "minor_trauma" },
        { fact: "age", value: 70 },
      ],
      cause: "spinal_fracture",
    });
  });

  it("minor trauma at 69 with no other risk factor is not U2", () => {
    expect(assess(negativeFacts({ onsetTrigger: "minor_trauma", age: 69 })).level).toBe("self_care");
  });

  it.each(["osteoporosis", "steroidUse"] as const)("minor trauma with %s is U2 citing it", (factor) => {
    const result = assess(negativeFacts({ onsetTrigger: "minor_trauma", [factor]: true }));
    expect(ids(result)).toEqual(["U2"]);
    expect(rule(result, "U2")?.facts).toEqual(["onsetTrigger", factor]);
  });

  it("cites every risk factor that is true", () => {
    const result = assess(
      negativeFacts({ onsetTrigger: "minor_trauma", age: 82, osteoporosis: true, steroidUse: true }),
    );
    expect(rule(result, "U2")?.facts).toEqual(["onsetTrigger", "age", "osteoporosis", "steroidUse"]);
  });

  it.each(["strain", "none"] as const)("a %s onset at 80 with osteoporosis is not U2", (trigger) => {
    const result = assess(
      negativeFacts({ onsetTrigger: trigger, age: 80, osteoporosis: true, steroidUse: true }),
    );
    expect(result.level).toBe("self_care");
  });

  it("major trauma is E3, not U2, even with risk factors", () => {
    const result = assess(negativeFacts({ onsetTrigger: "major_trauma", age: 80 }));
    expect(ids(result)).toEqual(["E3"]);
  });

  it("minor trauma with age unknown asks for age", () => {
    const result = assess(negativeFacts({ onsetTrigger: "minor_trauma", age: undefined }));
    expect(result).toMatchObject({ level: null, complete: false, missing: ["age"], couldReach: "urgent" });
  });

  it("without minor trauma, osteoporosis and steroids are never missing", () => {
    const result = assess(negativeFacts({ osteoporosis: undefined, steroidUse: undefined }));
    expect(result).toMatchObject({ level: "self_care", complete: true, missing: [] });
  });
});

describe("U3 cancer history", () => {
  it("is urgent with malignancy", () => {
    const result = assess(negativeFacts({ cancerHistory: true }));
    expect(result.level).toBe("urgent");
    expect(rule(result, "U3")).toMatchObject({ facts: ["cancerHistory"], cause: "malignancy" });
  });
});

describe("U4 weakness in one leg", () => {
  it("one_leg is urgent with herniated_disc, citing legWeakness", () => {
    const result = assess(negativeFacts({ legWeakness: "one_leg" }));
    expect(result.level).toBe("urgent");
    expect(rule(result, "U4")).toMatchObject({
      facts: ["legWeakness"],
      evidence: [{ fact: "legWeakness", value: "one_leg" }],
      cause: "herniated_disc",
    });
  });

  it("also cites weaknessWorsening when the weakness is getting worse", () => {
    const result = assess(negativeFacts({ legWeakness: "one_leg", weaknessWorsening: true }));
    expect(result.level).toBe("urgent");
    expect(rule(result, "U4")?.facts).toEqual(["legWeakness", "weaknessWorsening"]);
    expect(rule(result, "U4")?.evidence).toEqual([
      { fact: "legWeakness", value: "one_leg" },
      { fact: "weaknessWorsening", value: true },
    ]);
  });

  it("worsening reported without weakness fires nothing", () => {
    expect(ids(assess(negativeFacts({ weaknessWorsening: true })))).toEqual(["SC"]);
  });

  it("weaknessWorsening is never missing: it cannot change the level", () => {
    const result = assess(negativeFacts({ legWeakness: "one_leg", weaknessWorsening: undefined }));
    expect(result).toMatchObject({ level: "urgent", complete: true, missing: [] });
  });

  it("none is not U4", () => {
    expect(assess(negativeFacts({ legWeakness: "none" })).level).toBe("self_care");
  });

  it("legWeakness unknown could reach emergency (E2)", () => {
    const result = assess(negativeFacts({ legWeakness: undefined }));
    expect(result).toMatchObject({ level: null, missing: ["legWeakness"], couldReach: "emergency" });
  });
});

describe("U5 urinary symptoms", () => {
  it("are urgent with kidney", () => {
    const result = assess(negativeFacts({ urinarySymptoms: true }));
    expect(result.level).toBe("urgent");
    expect(ids(result)).toEqual(["U5"]);
    expect(rule(result, "U5")).toMatchObject({ facts: ["urinarySymptoms"], cause: "kidney" });
  });
});

describe("U6 belly pain under 50 or age unknown", () => {
  it("age 49 is U6 with kidney, citing abdominalPain and age", () => {
    const result = assess(negativeFacts({ abdominalPain: true, age: 49 }));
    expect(result).toMatchObject({ level: "urgent", complete: true });
    expect(rule(result, "U6")).toMatchObject({
      facts: ["abdominalPain", "age"],
      evidence: [
        { fact: "abdominalPain", value: true },
        { fact: "age", value: 49 },
      ],
      cause: "kidney",
    });
  });

  it("age 50 is E5, not U6", () => {
    expect(ids(assess(negativeFacts({ abdominalPain: true, age: 50 })))).toEqual(["E5"]);
  });

  it("age unknown is U6 with aortic_aneurysm, citing age without a value", () => {
    const result = assess(negativeFacts({ abdominalPain: true, age: undefined }));
    expect(result.level).toBe("urgent");
    expect(rule(result, "U6")).toMatchObject({
      facts: ["abdominalPain", "age"],
      evidence: [{ fact: "abdominalPain", value: true }, { fact: "age" }],
      cause: "aortic_aneurysm",
    });
    expect(causes(result)).toEqual(["aortic_aneurysm"]);
  });

  it("no belly pain is not U6 at any age", () => {
    expect(assess(negativeFacts({ age: 20 })).level).toBe("self_care");
    // Without an age nothing but S10 (under 16) is open: soon at most, never U6.
    expect(assess(negativeFacts({ age: undefined }))).toMatchObject({ level: null, couldReach: "soon" });
  });
});

describe("U7 lump or changed back shape", () => {
  it("is urgent; the rule names no cause, so the only cause is soft_tissue_strain", () => {
    const result = assess(negativeFacts({ backLumpOrDeformity: true }));
    expect(result.level).toBe("urgent");
    expect(ids(result)).toEqual(["U7"]);
    expect(rule(result, "U7")?.facts).toEqual(["backLumpOrDeformity"]);
    expect(rule(result, "U7")?.cause).toBeUndefined();
    expect(result.causes).toEqual([{ id: "soft_tissue_strain", rules: [] }]);
  });

  it("adds no cause when another rule names one", () => {
    const result = assess(negativeFacts({ backLumpOrDeformity: true, cancerHistory: true }));
    expect(ids(result)).toEqual(["U3", "U7"]);
    expect(result.causes).toEqual([{ id: "malignancy", rules: ["U3"] }]);
  });
});

describe("urgent level and what is still missing", () => {
  it("an urgent rule leaves only emergency unknowns missing", () => {
    const result = assess({ cancerHistory: true });
    expect(result.level).toBe("urgent");
    expect(result.complete).toBe(false);
    expect(result.couldReach).toBe("emergency");
    expect(result.missing).toEqual(
      expect.arrayContaining(["saddleNumbness", "legWeakness", "onsetTrigger", "chestSymptoms", "fever"]),
    );
    for (const soonOnly of [
      "pregnant",
      "previousEpisodesSameArea",
      "weightLoss",
      "backLumpOrDeformity",
      "course",
    ]) {
      expect(result.missing).not.toContain(soonOnly);
    }
  });

  it("ranks causes by level then table order", () => {
    const result = assess(
      negativeFacts({
        fever: true,
        cancerHistory: true,
        legPain: "below_knee",
        walkingLegPainEasedBySitting: true,
      }),
    );
    expect(ids(result)).toEqual(["U1", "U3", "S4", "S5"]);
    expect(causes(result)).toEqual(["spinal_infection", "malignancy", "herniated_disc", "spinal_stenosis"]);
  });
});
