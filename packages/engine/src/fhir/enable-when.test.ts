import { type Condition, evaluate, type FactId, type Facts, toEnableWhen } from "@backtalk/engine";
import fc from "fast-check";
import type { Questionnaire } from "fhir/r4.js";
import { describe, expect, it } from "vitest";
import { couldHold, simplify } from "./enable-when.ts";
import { dontKnowCoding, toFhirAnswer } from "./fhir-answer.ts";
import { enabledInFhir } from "./fhir-enabled.ts";

// A small world of facts, one of each kind, so random conditions over it hit every operator.
const WORLD = {
  fever: { type: "boolean" as const, values: [true, false] },
  legNumbness: { type: "boolean" as const, values: [true, false] },
  legWeakness: { type: "choice" as const, values: ["none", "one_leg", "both_legs"] },
  sex: { type: "choice" as const, values: ["female", "male", "other"] },
  age: { type: "integer" as const, values: [48, 49, 50, 51] },
};
type WorldFact = keyof typeof WORLD;
const FACTS = Object.keys(WORLD) as WorldFact[];

const leaf: fc.Arbitrary<Condition> = fc.constantFrom(...FACTS).chain((fact) => {
  const { type, values } = WORLD[fact];
  const ops =
    type === "integer"
      ? (["is", "isNot", "atLeast", "below", "unknown"] as const)
      : (["is", "isNot", "unknown"] as const);
  return fc
    .tuple(fc.constantFrom(...ops), fc.constantFrom(...values))
    .map(([op, value]) => (op === "unknown" ? { fact, op } : { fact, op, value }) as Condition);
});

const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  ),
})).node;

/** A coded question answered "not sure": unknown to the engine, an answer (asked-unknown) to a FHIR form. */
const NOT_SURE: unknown = "not sure";
const facts: fc.Arbitrary<Facts> = fc
  .record(
    Object.fromEntries(
      FACTS.map((fact) => [
        fact,
        fc.constantFrom(...WORLD[fact].values, ...(WORLD[fact].type === "integer" ? [] : [NOT_SURE])),
      ]),
    ),
    { requiredKeys: [] },
  )
  .map((record) => record as Facts);
/** What the engine knows: "not sure" is unknown. */
const known = (given: Facts): Facts =>
  Object.fromEntries(Object.entries(given).filter(([, value]) => value !== NOT_SURE)) as Facts;

function formWith(target: Condition): Questionnaire | undefined {
  const enable = toEnableWhen(target);
  if (!enable) return undefined;
  return {
    resourceType: "Questionnaire",
    status: "active",
    item: [
      ...FACTS.map((fact) => ({ linkId: fact, type: WORLD[fact].type })),
      { linkId: "target", type: "display" as const, ...enable },
    ],
  };
}

const answersOf = (given: Facts) =>
  new Map(
    Object.entries(given).map(([fact, value]) => [
      fact,
      [
        value === NOT_SURE
          ? { valueCoding: dontKnowCoding() }
          : toFhirAnswer(fact as FactId, value as string | number | boolean),
      ],
    ]),
  );

/** "Unknown" on a coded fact is two FHIR tests joined by "any" (no answer, or "not sure"), so it fits no "all" of several. */
const codedUnknown = (c: Condition) =>
  "fact" in c && c.op === "unknown" && WORLD[c.fact as WorldFact].type !== "integer";
const isFlat = (c: Condition): boolean =>
  "fact" in c ||
  ("all" in c
    ? c.all.every((child) => "fact" in child) && (c.all.length === 1 || !c.all.some(codedUnknown))
    : c.any.every((child) => "fact" in child));

describe("toEnableWhen", () => {
  it("is enabled in FHIR exactly when the condition holds in the engine, however '!=' is read", () => {
    fc.assert(
      fc.property(condition, facts, fc.boolean(), (target, given, notEqualWhenUnanswered) => {
        const form = formWith(target);
        fc.pre(form !== undefined);
        const fhir = enabledInFhir(form as Questionnaire, "target", answersOf(given), {
          notEqualWhenUnanswered,
        });
        expect(fhir).toBe(evaluate(target, known(given)).truth === true);
      }),
      { numRuns: 2000 },
    );
  });

  it("expresses every flat condition (a test, or one all/any of tests)", () => {
    fc.assert(
      fc.property(condition, (target) => {
        fc.pre(isFlat(target));
        expect(toEnableWhen(target)).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it("says so, instead of guessing, when all and any are mixed beyond what R4 can hold", () => {
    const mixed: Condition = {
      all: [
        {
          any: [
            { fact: "fever", op: "is", value: true },
            { fact: "legNumbness", op: "is", value: true },
          ],
        },
        {
          any: [
            { fact: "age", op: "atLeast", value: 50 },
            { fact: "sex", op: "is", value: "male" },
          ],
        },
      ],
    };
    expect(toEnableWhen(mixed)).toBeUndefined();
  });

  it("uses '=' for codings and needs enableBehavior only with several tests", () => {
    expect(toEnableWhen({ fact: "legWeakness", op: "is", value: "one_leg" })).toEqual({
      enableWhen: [
        {
          question: "legWeakness",
          operator: "=",
          answerCoding: { system: "https://backtalk.example/fhir/CodeSystem/legWeakness", code: "one_leg" },
        },
      ],
    });
    const notMale = toEnableWhen({ fact: "sex", op: "isNot", value: "male" });
    expect(notMale?.enableBehavior).toBe("any");
    expect(notMale?.enableWhen?.map((test) => [test.operator, test.answerCoding?.code])).toEqual([
      ["=", "female"],
      ["=", "other"],
    ]);
  });
});

describe("couldHold", () => {
  it("never rules out a condition that a later answer could still make true", () => {
    fc.assert(
      fc.property(condition, facts, fc.subarray(FACTS), (target, answers, answered) => {
        const later = known(answers);
        fc.pre(evaluate(target, later).truth !== false);
        const earlier = Object.fromEntries(
          Object.entries(later).filter(([fact]) => answered.includes(fact as WorldFact)),
        );
        const possible = couldHold(target, new Set<FactId>(answered));
        expect(possible === true || (possible !== false && evaluate(possible, earlier).truth === true)).toBe(
          true,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a fact's test only for facts answered earlier", () => {
    const e6Like: Condition = {
      all: [
        { fact: "fever", op: "is", value: true },
        {
          any: [
            { fact: "legNumbness", op: "is", value: true },
            { fact: "sex", op: "is", value: "male" },
          ],
        },
      ],
    };
    expect(couldHold(e6Like, new Set<FactId>(["fever"]))).toEqual({
      any: [
        { fact: "fever", op: "unknown" },
        { fact: "fever", op: "is", value: true },
      ],
    });
    expect(couldHold(e6Like, new Set<FactId>())).toBe(true);
  });
});

describe("simplify", () => {
  it("keeps the meaning while merging nested groups of the same kind", () => {
    fc.assert(
      fc.property(condition, facts, (target, given) => {
        expect(evaluate(simplify(target), known(given)).truth).toBe(evaluate(target, known(given)).truth);
      }),
      { numRuns: 1000 },
    );
  });
});
