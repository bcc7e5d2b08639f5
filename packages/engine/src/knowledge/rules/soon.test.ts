import {
  type Assessment,
  assess,
  explain,
  type FiredRule,
  LANGS,
  MESSAGES,
  RULES,
  type RuleId,
  runOracle,
} from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { factsIn } from "../../conditions/condition.ts";
import { negativeFacts } from "../../testing/negative-facts.ts";

const ids = (result: Assessment) => result.rules.map((rule) => rule.id);
const rule = (result: Assessment, id: RuleId): FiredRule | undefined => result.rules.find((r) => r.id === id);
const causes = (result: Assessment) => result.causes.map((cause) => cause.id);

describe("S1 not improving after 3 weeks", () => {
  it.each(["unchanged", "worsening"] as const)(
    "day 21, %s, is S1 citing onsetDaysAgo and course",
    (course) => {
      const result = assess(negativeFacts({ onsetDaysAgo: 21, course, selfCareDays: 0 }));
      expect(result).toMatchObject({ level: "soon", complete: true });
      expect(ids(result)).toEqual(["S1"]);
      expect(rule(result, "S1")).toMatchObject({
        level: "soon",
        facts: ["onsetDaysAgo", "course"],
        evidence: [
          { fact: "onsetDaysAgo", value: 21 },
          { fact: "course", value: course },
        ],
        cause: "degenerative_disc_disease",
      });
      expect(result.causes).toEqual([{ id: "degenerative_disc_disease", rules: ["S1"] }]);
    },
  );

  it("day 20, unchanged, is not S1 (self_care)", () => {
    expect(assess(negativeFacts({ onsetDaysAgo: 20, course: "unchanged" })).level).toBe("self_care");
  });

  it("day 21, improving, is not S1", () => {
    expect(assess(negativeFacts({ onsetDaysAgo: 21, course: "improving" })).level).toBe("self_care");
  });

  it("from day 21 the course is missing when unknown", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: 21, course: undefined }));
    expect(result).toMatchObject({ level: null, complete: false, missing: ["course"], couldReach: "soon" });
  });

  it("before day 21 an unknown course is not missing (no self-care days yet)", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: 20, course: undefined }));
    expect(result).toMatchObject({ level: "self_care", complete: true, missing: [] });
  });

  it("an unknown onset is missing", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: undefined }));
    expect(result).toMatchObject({ level: null, missing: ["onsetDaysAgo"] });
  });

  it("names degenerative_disc_disease only when no other rule names a cause", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: 30, course: "unchanged", legNumbness: true }));
    expect(ids(result)).toEqual(["S1", "S4"]);
    expect(rule(result, "S1")?.cause).toBe("degenerative_disc_disease");
    expect(result.causes).toEqual([{ id: "herniated_disc", rules: ["S4"] }]);
  });
});

describe("S2 persisting 6 weeks", () => {
  it("day 42, improving, is S2 alone citing onsetDaysAgo", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: 42, course: "improving" }));
    expect(ids(result)).toEqual(["S2"]);
    expect(rule(result, "S2")).toMatchObject({
      facts: ["onsetDaysAgo"],
      evidence: [{ fact: "onsetDaysAgo", value: 42 }],
      cause: "degenerative_disc_disease",
    });
    expect(result.level).toBe("soon");
  });

  it("day 41, improving, is not S2", () => {
    expect(assess(negativeFacts({ onsetDaysAgo: 41, course: "improving" })).level).toBe("self_care");
  });

  it("day 42, unchanged, is S1 and S2 sharing one cause", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: 42, course: "unchanged" }));
    expect(ids(result)).toEqual(["S1", "S2"]);
    expect(result.causes).toEqual([{ id: "degenerative_disc_disease", rules: ["S1", "S2"] }]);
  });

  it("gives way to any other named cause, even a lower-ranked generic one", () => {
    const result = assess(
      negativeFacts({ onsetDaysAgo: 60, course: "improving", previousEpisodesSameArea: 2, age: 55 }),
    );
    expect(ids(result)).toEqual(["S2", "S3"]);
    expect(result.causes).toEqual([{ id: "osteoarthritis", rules: ["S3"] }]);
  });
});

describe("S3 keeps coming back", () => {
  it("2 earlier episodes under 50 is S3 with degenerative_disc_disease", () => {
    const result = assess(negativeFacts({ previousEpisodesSameArea: 2, age: 49 }));
    expect(ids(result)).toEqual(["S3"]);
    expect(rule(result, "S3")).toMatchObject({
      facts: ["previousEpisodesSameArea"],
      evidence: [{ fact: "previousEpisodesSameArea", value: 2 }],
      cause: "degenerative_disc_disease",
    });
  });

  it("2 earlier episodes at 50 names osteoarthritis", () => {
    const result = assess(negativeFacts({ previousEpisodesSameArea: 2, age: 50 }));
    expect(rule(result, "S3")?.cause).toBe("osteoarthritis");
    expect(causes(result)).toEqual(["osteoarthritis"]);
  });

  it("with age unknown, names degenerative_disc_disease (osteoarthritis needs a known age)", () => {
    const result = assess(negativeFacts({ previousEpisodesSameArea: 2, age: undefined }));
    expect(rule(result, "S3")?.cause).toBe("degenerative_disc_disease");
    expect(result.level).toBe("soon");
  });

  it("1 earlier episode is not S3 (borderline: self_care)", () => {
    expect(assess(negativeFacts({ previousEpisodesSameArea: 1 })).level).toBe("self_care");
  });

  it("its generic cause comes after a specific soon cause", () => {
    const result = assess(negativeFacts({ previousEpisodesSameArea: 3, walkingLegPainEasedBySitting: true }));
    expect(ids(result)).toEqual(["S3", "S5"]);
    expect(causes(result)).toEqual(["spinal_stenosis", "degenerative_disc_disease"]);
  });
});

describe("S4 nerve root", () => {
  it("pain below the knee is S4 with herniated_disc", () => {
    const result = assess(negativeFacts({ legPain: "below_knee" }));
    expect(ids(result)).toEqual(["S4"]);
    expect(rule(result, "S4")).toMatchObject({ facts: ["legPain"], cause: "herniated_disc" });
    expect(result.level).toBe("soon");
  });

  it("numbness is S4", () => {
    expect(rule(assess(negativeFacts({ legNumbness: true })), "S4")?.facts).toEqual(["legNumbness"]);
  });

  it("cites both parts when both are true", () => {
    const result = assess(negativeFacts({ legPain: "below_knee", legNumbness: true }));
    expect(rule(result, "S4")?.facts).toEqual(["legPain", "legNumbness"]);
  });

  it("pain above the knee is not S4", () => {
    expect(assess(negativeFacts({ legPain: "above_knee" })).level).toBe("self_care");
  });
});

describe("S5 claudication", () => {
  it("walking leg pain eased by sitting is S5 with spinal_stenosis", () => {
    const result = assess(negativeFacts({ walkingLegPainEasedBySitting: true }));
    expect(ids(result)).toEqual(["S5"]);
    expect(rule(result, "S5")).toMatchObject({
      facts: ["walkingLegPainEasedBySitting"],
      cause: "spinal_stenosis",
    });
  });
});

describe("S6 inflammatory back pain", () => {
  const inflammatory = { morningStiffness: true, betterWithExercise: true, course: "improving" } as const;

  it("age 44, day 90, stiff and better with exercise is S6 citing all four facts", () => {
    const result = assess(negativeFacts({ ...inflammatory, age: 44, onsetDaysAgo: 90 }));
    expect(ids(result)).toEqual(["S2", "S6"]);
    expect(rule(result, "S6")).toMatchObject({
      facts: ["morningStiffness", "betterWithExercise", "age", "onsetDaysAgo"],
      cause: "inflammatory_back_pain",
    });
    expect(result.causes).toEqual([{ id: "inflammatory_back_pain", rules: ["S6"] }]);
  });

  it("age 45 is not S6", () => {
    expect(ids(assess(negativeFacts({ ...inflammatory, age: 45, onsetDaysAgo: 90 })))).toEqual(["S2"]);
  });

  it("day 89 is not S6", () => {
    expect(ids(assess(negativeFacts({ ...inflammatory, age: 44, onsetDaysAgo: 89 })))).toEqual(["S2"]);
  });

  it.each(["morningStiffness", "betterWithExercise"] as const)("without %s it is not S6", (fact) => {
    const result = assess(negativeFacts({ ...inflammatory, age: 30, onsetDaysAgo: 100, [fact]: false }));
    expect(ids(result)).toEqual(["S2"]);
  });

  it("stiffness and better with exercise in a short episode is self_care", () => {
    expect(assess(negativeFacts({ ...inflammatory, age: 30, onsetDaysAgo: 10 })).level).toBe("self_care");
  });
});

describe("S7 weight loss or night pain", () => {
  it.each(["weightLoss", "restNightPain"] as const)(
    "%s alone is soon (not urgent) with malignancy",
    (fact) => {
      const result = assess(negativeFacts({ [fact]: true }));
      expect(result).toMatchObject({ level: "soon", complete: true });
      expect(ids(result)).toEqual(["S7"]);
      expect(rule(result, "S7")).toMatchObject({ facts: [fact], cause: "malignancy" });
    },
  );

  it("cites both when both are true", () => {
    const result = assess(negativeFacts({ weightLoss: true, restNightPain: true }));
    expect(rule(result, "S7")?.facts).toEqual(["weightLoss", "restNightPain"]);
  });
});

describe("S8 worse despite self-care", () => {
  it("7 days of self-care and worsening is S8; it names no cause", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: 10, selfCareDays: 7, course: "worsening" }));
    expect(ids(result)).toEqual(["S8"]);
    expect(rule(result, "S8")).toMatchObject({
      facts: ["selfCareDays", "course"],
      evidence: [
        { fact: "selfCareDays", value: 7 },
        { fact: "course", value: "worsening" },
      ],
    });
    expect(rule(result, "S8")?.cause).toBeUndefined();
    expect(result.causes).toEqual([{ id: "soft_tissue_strain", rules: [] }]);
  });

  it("6 days is not S8", () => {
    expect(assess(negativeFacts({ onsetDaysAgo: 10, selfCareDays: 6, course: "worsening" })).level).toBe(
      "self_care",
    );
  });

  it("7 days and unchanged is not S8", () => {
    expect(assess(negativeFacts({ onsetDaysAgo: 10, selfCareDays: 7, course: "unchanged" })).level).toBe(
      "self_care",
    );
  });

  it("keeps the causes of the other rules", () => {
    const result = assess(
      negativeFacts({ onsetDaysAgo: 10, selfCareDays: 8, course: "worsening", legNumbness: true }),
    );
    expect(ids(result)).toEqual(["S4", "S8"]);
    expect(result.causes).toEqual([{ id: "herniated_disc", rules: ["S4"] }]);
  });

  it("after 7 days of self-care an unknown course is missing", () => {
    const result = assess(negativeFacts({ onsetDaysAgo: 10, selfCareDays: 7, course: undefined }));
    expect(result).toMatchObject({ level: null, missing: ["course"] });
  });
});

describe("S9 pregnancy", () => {
  it("is soon and names no cause", () => {
    const result = assess(negativeFacts({ pregnant: true }));
    expect(ids(result)).toEqual(["S9"]);
    expect(rule(result, "S9")?.facts).toEqual(["pregnant"]);
    expect(rule(result, "S9")?.cause).toBeUndefined();
    expect(result.causes).toEqual([{ id: "soft_tissue_strain", rules: [] }]);
  });

  it("adds no cause beside another rule's cause", () => {
    const result = assess(negativeFacts({ pregnant: true, walkingLegPainEasedBySitting: true }));
    expect(result.causes).toEqual([{ id: "spinal_stenosis", rules: ["S5"] }]);
  });

  it("a man is never asked", () => {
    const result = assess(negativeFacts({ sex: "male", pregnant: undefined }));
    expect(result).toMatchObject({ level: "self_care", complete: true, missing: [] });
  });

  it.each(["female", "other"] as const)("sex %s with pregnancy unknown: pregnant is missing", (sex) => {
    const result = assess(negativeFacts({ sex, pregnant: undefined }));
    expect(result).toMatchObject({ level: null, complete: false, missing: ["pregnant"], couldReach: "soon" });
  });

  it("sex unknown with pregnancy unknown: pregnant is missing (sex is not a warning sign)", () => {
    const result = assess(negativeFacts({ sex: undefined, pregnant: undefined }));
    expect(result.missing).toEqual(["pregnant"]);
  });
});

describe("S10 under 16", () => {
  it.each([0, 12, 15])("age %i is soon, citing age, naming no cause", (age) => {
    const result = assess(negativeFacts({ age }));
    expect(result).toMatchObject({ level: "soon", complete: true });
    expect(ids(result)).toEqual(["S10"]);
    expect(rule(result, "S10")?.evidence).toEqual([{ fact: "age", value: age }]);
    expect(result.causes).toEqual([{ id: "soft_tissue_strain", rules: [] }]);
  });

  it("16 is not S10: age alone never raises the level from 16 on", () => {
    expect(assess(negativeFacts({ age: 16 })).level).toBe("self_care");
  });

  it.each(LANGS)("%s: the result says BackTalk is for 16 and over and a doctor should check", (lang) => {
    const words = explain(assess(negativeFacts({ age: 12 })), { lang });
    expect(words.reasons[0]?.title).toContain("16");
    expect(words.headline.title).toBe(MESSAGES[lang].levels.soon.title);
  });

  it("without an age the interview asks for it, through the open facts, and a 12-year-old gets soon", () => {
    expect(assess(negativeFacts({ age: undefined }))).toMatchObject({ level: null, missing: ["age"] });
    const { assessment, asked } = runOracle(negativeFacts({ age: 12 }));
    expect(asked.flatMap((screen) => screen.facts)).toContain("age");
    expect(assessment.level).toBe("soon");
    expect(assessment.rules.map((fired) => fired.id)).toEqual(["S10"]);
  });

  it("once the level is soon or higher for another reason, age is not asked for S10", () => {
    const result = assess(negativeFacts({ age: undefined, legPain: "below_knee" }));
    expect(result).toMatchObject({ level: "soon", complete: true, missing: [] });
  });
});

describe("SC and the soon level's contract", () => {
  it("once a soon rule fires, soon-only unknowns are no longer missing", () => {
    const result = assess(
      negativeFacts({
        legNumbness: true,
        pregnant: undefined,
        weightLoss: undefined,
        previousEpisodesSameArea: undefined,
        walkingLegPainEasedBySitting: undefined,
      }),
    );
    expect(result).toMatchObject({ level: "soon", complete: true, missing: [], couldReach: null });
  });

  it("with a soon rule fired and an urgent fact unknown, only that fact is missing", () => {
    const result = assess(
      negativeFacts({ legNumbness: true, pregnant: undefined, cancerHistory: undefined }),
    );
    expect(result).toMatchObject({
      level: "soon",
      complete: false,
      missing: ["cancerHistory"],
      couldReach: "urgent",
    });
  });

  it("nothing fired and something unknown: level null, no rules, no causes, never self_care", () => {
    const result = assess(negativeFacts({ weightLoss: undefined }));
    expect(result).toMatchObject({
      level: null,
      complete: false,
      rules: [],
      causes: [],
      missing: ["weightLoss"],
    });
  });

  it("the empty case is open with every warning-sign fact missing", () => {
    const result = assess({});
    expect(result.level).toBeNull();
    expect(result.couldReach).toBe("emergency");
    expect(result.missing).toHaveLength(new Set(RULES.flatMap((rule) => factsIn(rule.when))).size);
    for (const notWarning of ["sex", "region", "side", "painScore", "mobility", "weaknessWorsening"]) {
      expect(result.missing).not.toContain(notWarning);
    }
  });

  it("SC names soft_tissue_strain from rule SC", () => {
    expect(assess(negativeFacts()).causes).toEqual([{ id: "soft_tissue_strain", rules: ["SC"] }]);
  });
});
