/// <reference types="node" />
import { readFileSync } from "node:fs";
import {
  type Assessment,
  answerScreen,
  assess,
  FACT_IDS,
  FACT_KINDS,
  type FactId,
  type Facts,
  parseCase,
  parseCases,
  parseFacts,
  RULES,
  rankOf,
  runOracle,
  SCREENS,
  startInterview,
  ValidationError,
} from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryValue, completeFacts, partialFacts } from "./testing/arbitrary-facts.ts";
import { negativeFacts } from "./testing/negative-facts.ts";

/** The facts the simulated patient actually gave: every asked fact the truth knows. */
function learnedFrom(truth: Facts, asked: ReturnType<typeof runOracle>["asked"]): Facts {
  const facts = asked.flatMap((screen) => screen.facts).filter((fact) => truth[fact] !== undefined);
  return Object.fromEntries(facts.map((fact) => [fact, truth[fact]])) as Facts;
}

/** The rules the policy's table lists (spec/triage-policy.md), self-care aside. */
const POLICY_RULE_COUNT = readFileSync(new URL("../../../spec/triage-policy.md", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => /^\| [EUS]\d+ /.test(line)).length;

const ruleIds = (result: Assessment) => result.rules.map((rule) => rule.id);

// (a) Ordered from mild to severe; the policy's rules only ever test for the severe end.
const SEVERITY: Partial<Record<FactId, Record<string, number>>> = {
  legWeakness: { none: 0, one_leg: 1, both_legs: 2 },
  legPain: { none: 0, above_knee: 1, below_knee: 2 },
  onsetTrigger: { none: 0, strain: 0, minor_trauma: 1, major_trauma: 2 },
  course: { improving: 0, unchanged: 1, worsening: 2 },
};
const GROWING: readonly FactId[] = ["onsetDaysAgo", "previousEpisodesSameArea", "selfCareDays", "age"];
const BOOLEANS = FACT_IDS.filter((fact) => FACT_KINDS[fact].type === "boolean");
const UNDER_16 = 16;
const RAISABLE: readonly FactId[] = [...BOOLEANS, ...(Object.keys(SEVERITY) as FactId[]), ...GROWING];

/**
 * One warning sign added: a yes/no fact turned to yes; a graded fact (leg weakness, leg pain, trigger, course)
 * made more severe; a number (days, episodes, self-care days, age) increased; or any of these learnt when
 * unknown. Returns undefined when the fact is already at its most severe.
 */
function raise(facts: Facts, fact: FactId, pick: number, step: number): Facts | undefined {
  const current = facts[fact];
  const kind = FACT_KINDS[fact];
  const order = SEVERITY[fact];
  let next: unknown;
  if (kind.type === "boolean") next = current === true ? undefined : true;
  else if (current === undefined) next = fc.sample(arbitraryValue(fact), { seed: pick, numRuns: 1 })[0];
  else if (order) {
    const higher = Object.keys(order).filter(
      (value) => (order[value] ?? 0) > (order[current as string] ?? 0),
    );
    next = higher.length === 0 ? undefined : higher[pick % higher.length];
  } else if (kind.type === "integer") {
    const grown = Math.min(kind.max ?? Number.POSITIVE_INFINITY, (current as number) + step);
    next = grown === current ? undefined : grown;
    // S10 is the one rule at the young end: growing up past 16 is not an added sign.
    if (fact === "age" && (current as number) < UNDER_16 && grown >= UNDER_16) next = undefined;
  }
  if (next === undefined) return undefined;
  return { ...facts, [fact]: next } as Facts;
}

describe("(a) adding a warning sign never lowers the level", () => {
  /*
   * Exact property, for before = assess(F) and after = assess(F with one sign added):
   * - if after settled on a level, it ranks at least as high as before's level (null below self_care);
   * - if after is open (null), nothing fired before either (null or self_care), and after could still
   *   reach a level above self_care: the new sign opened a question, it never closed one towards lower.
   */
  it("holds for every kind of added sign on random partial cases", () => {
    fc.assert(
      fc.property(
        partialFacts,
        fc.constantFrom(...RAISABLE),
        fc.nat(),
        fc.integer({ min: 1, max: 120 }),
        (facts, fact, pick, step) => {
          const raised = raise(facts, fact, pick, step);
          fc.pre(raised !== undefined);
          const before = assess(facts);
          const after = assess(raised as Facts);
          if (after.level !== null) {
            expect(rankOf(after.level)).toBeGreaterThanOrEqual(rankOf(before.level));
          } else {
            expect([null, "self_care"]).toContain(before.level);
            expect(rankOf(after.couldReach)).toBeGreaterThan(rankOf("self_care"));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("example of the open case: a minor fall while age and bone risk factors are unknown", () => {
    const base = negativeFacts({ age: undefined, osteoporosis: undefined, steroidUse: undefined });
    // Age alone is open already (S10, under 16), but it could only reach soon.
    expect(assess(base)).toMatchObject({
      level: null,
      complete: false,
      couldReach: "soon",
      missing: ["age"],
    });
    const after = assess({ ...base, onsetTrigger: "minor_trauma" });
    expect(after).toMatchObject({ level: null, complete: false, couldReach: "urgent" });
    expect(after.missing).toEqual(["age", "osteoporosis", "steroidUse"]);
  });

  it("holds for age going up although a rule drops: S6 needs age under 45, but S2 keeps the level", () => {
    const stiff = {
      morningStiffness: true,
      betterWithExercise: true,
      onsetDaysAgo: 90,
      course: "improving",
    } as const;
    expect(ruleIds(assess(negativeFacts({ ...stiff, age: 44 })))).toEqual(["S2", "S6"]);
    // S6's 90 days imply S2's 42, so losing S6 at 45 never lowers the level; U6 gives way to E5 at 50.
    expect(ruleIds(assess(negativeFacts({ ...stiff, age: 45 })))).toEqual(["S2"]);
    expect(assess(negativeFacts({ ...stiff, age: 45 })).level).toBe("soon");
    expect(assess(negativeFacts({ abdominalPain: true, age: 49 })).level).toBe("urgent");
    expect(assess(negativeFacts({ abdominalPain: true, age: 50 })).level).toBe("emergency");
  });
});

describe("(b) the interview on a complete case ends where assess does", () => {
  it("same level, complete, and every rule it reports fired for assess too, on a subset of the facts", () => {
    fc.assert(
      fc.property(completeFacts, (truth) => {
        const full = assess(truth);
        const { assessment, asked } = runOracle(truth);
        expect(assessment.complete).toBe(true);
        expect(full.complete).toBe(true);
        expect(assessment.level).toBe(full.level);
        expect(assessment.missing).toEqual([]);
        for (const fired of assessment.rules) {
          const same = full.rules.find((rule) => rule.id === fired.id);
          expect(same?.level).toBe(fired.level);
          expect(same?.facts).toEqual(expect.arrayContaining([...fired.facts]));
        }
        // It stops once the level is settled, so below that level it may not have found every rule;
        // when it concludes self_care there is nothing to find.
        if (full.level === "self_care") expect(ruleIds(assessment)).toEqual(["SC"]);
        expect(assessment).toEqual(assess(learnedFrom(truth, asked)));
      }),
      { numRuns: 400 },
    );
  });
});

describe("(c) the interview on a partial case", () => {
  it("is assess of what it learned and of its 'not sure' answers, asks each fact once, and always ends with a level", () => {
    fc.assert(
      fc.property(partialFacts, (truth) => {
        const { assessment, asked } = runOracle(truth);
        const askedFacts = asked.flatMap((screen) => screen.facts);
        expect(new Set(askedFacts).size).toBe(askedFacts.length);
        const unsure = askedFacts.filter((fact) => truth[fact] === undefined);
        expect(assessment).toEqual(assess(learnedFrom(truth, asked), { unsure }));
        expect(assessment).toMatchObject({ complete: true, missing: [], couldReach: null });
        expect(assessment.level).not.toBeNull();
        for (const { fact } of assessment.unsure) {
          expect(truth[fact]).toBeUndefined();
          expect(askedFacts).toContain(fact);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never under-triages whatever its 'not sure' answers turn out to be (an emergency sign: at least urgent)", () => {
    fc.assert(
      fc.property(partialFacts, completeFacts, (truth, filler) => {
        const { assessment, asked } = runOracle(truth);
        if (assessment.level === "self_care") expect(assessment.unsure).toEqual([]);
        const learned = learnedFrom(truth, asked);
        const completion: Record<string, unknown> = { ...filler, ...learned };
        if (completion.sex === "male" && learned.pregnant === undefined) completion.pregnant = false;
        const filled = assess(completion as Facts);
        if (assessment.complete && assessment.unsure.length === 0) {
          expect(filled.level).toBe(assessment.level);
        } else if (assessment.complete) {
          expect(rankOf(assessment.level)).toBeGreaterThanOrEqual(
            Math.min(rankOf(filled.level), rankOf("urgent")),
          );
          const reach = Math.max(...assessment.unsure.map((fact) => rankOf(fact.couldReach)));
          expect(rankOf(filled.level)).toBeLessThanOrEqual(Math.max(rankOf(assessment.level), reach));
        } else {
          expect(rankOf(filled.level)).toBeGreaterThanOrEqual(rankOf(assessment.level));
          expect(rankOf(filled.level)).toBeLessThanOrEqual(
            Math.max(rankOf(assessment.level), rankOf(assessment.couldReach), rankOf("self_care")),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it("asks every fact any rule mentions somewhere", () => {
    const onScreens = new Set(SCREENS.flatMap((screen) => screen.questions.map((question) => question.fact)));
    for (const fact of assess({}).missing) expect(onScreens).toContain(fact);
    expect(RULES.length).toBe(POLICY_RULE_COUNT);
  });
});

/**
 * Runs `run` and fails if it throws anything but a ValidationError whose every issue has a code, a message
 * and a path naming the bad field. Only a case or case list may report the whole document (path ""),
 * for not being an object at all.
 */
function expectOnlyValidationErrors(run: () => unknown, wholeDocument = false): ValidationError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      // The one other empty path: an unknown field whose name is itself "" ({ "": 0 }).
      if (wholeDocument && issue.path === "") expect(["invalid_type", "unknown_field"]).toContain(issue.code);
      else expect(issue.path).not.toBe("");
      expect(issue.message).not.toBe("");
      expect(issue.code).not.toBe("");
    }
    return error as ValidationError;
  }
}

const OUT_OF_RANGE: fc.Arbitrary<[FactId, unknown]> = fc.constantFrom(...FACT_IDS).chain((fact) => {
  const kind = FACT_KINDS[fact];
  const wrong = fc.oneof(fc.string(), fc.constant(null), fc.object(), fc.double({ noInteger: true }));
  if (kind.type === "integer") {
    const range = [fc.integer({ max: kind.min - 1 }), fc.double({ noInteger: true, noNaN: true })];
    if (kind.max !== undefined) range.push(fc.integer({ min: kind.max + 1 }));
    return fc.tuple(fc.constant(fact), fc.oneof(wrong, ...range));
  }
  if (kind.type === "boolean")
    return fc.tuple(fc.constant(fact), fc.oneof(wrong, fc.integer(), fc.constant("yes")));
  return fc.tuple(
    fc.constant(fact),
    fc.oneof(wrong, fc.constant("not_an_option"), fc.constant([]), fc.boolean()),
  );
});

describe("(d) malformed input only ever gives a ValidationError naming the bad field", () => {
  it("random values of any shape", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expectOnlyValidationErrors(() => parseFacts(input));
        expectOnlyValidationErrors(() => assess(input as Facts));
        expectOnlyValidationErrors(() => parseCase(input), true);
        expectOnlyValidationErrors(() => parseCases(input), true);
        expectOnlyValidationErrors(() => answerScreen(startInterview(), "legs", input as never));
      }),
      { numRuns: 300 },
    );
  });

  it("a valid case with one fact of the wrong type or out of range", () => {
    fc.assert(
      fc.property(completeFacts, OUT_OF_RANGE, (facts, [fact, value]) => {
        const input = { ...facts, [fact]: value };
        for (const run of [() => parseFacts(input), () => assess(input as Facts)]) {
          const error = expectOnlyValidationErrors(run);
          expect(error).toBeDefined();
          const paths = error?.issues.map((issue) => issue.path.replace(/\[\d+\]$/, ""));
          expect([...new Set(paths)]).toEqual([`facts.${fact}`]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("unknown keys are rejected, each named", () => {
    fc.assert(
      fc.property(
        partialFacts,
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((key) => !(FACT_IDS as readonly string[]).includes(key)),
          fc.jsonValue(),
          { minKeys: 1, maxKeys: 3 },
        ),
        (facts, extra) => {
          const error = expectOnlyValidationErrors(() => parseFacts({ ...facts, ...extra }));
          expect(error?.issues.map((issue) => issue.path).sort()).toEqual(
            Object.keys(extra)
              .map((key) => `facts.${key}`)
              .sort(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("(e, f) the level, completeness and missing agree", () => {
  it("self_care iff complete and no rule but SC fired; missing empty iff complete", () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const result = assess(facts);
        const onlySC = result.rules.length > 0 && result.rules.every((rule) => rule.id === "SC");
        expect(result.level === "self_care").toBe(result.complete && onlySC);
        expect(result.missing.length === 0).toBe(result.complete);
        expect(result.couldReach === null).toBe(result.complete);
        if (!result.complete) expect(rankOf(result.couldReach)).toBeGreaterThan(rankOf(result.level));
        if (result.level === null) expect(result.rules).toEqual([]);
        expect(result.level).toBe(
          result.rules.reduce<Assessment["level"]>(
            (most, rule) => (rankOf(rule.level) > rankOf(most) ? rule.level : most),
            null,
          ),
        );
      }),
      { numRuns: 1500 },
    );
  });
});
