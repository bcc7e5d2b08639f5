import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BORDERLINES } from "../knowledge/plan.ts";
import { RULES } from "../knowledge/rules/index.ts";
import type { FactId } from "../schema/vocabulary.ts";
import { partialFacts } from "../testing/arbitrary-facts.ts";
import { evaluate, factCollectors, holds, truthOf } from "./evaluate.ts";
import { valuesOf } from "./fact-values.ts";

const CONDITIONS = [
  ...RULES.flatMap((rule) => (rule.alsoCite ? [rule.when, rule.alsoCite] : [rule.when])),
  ...Object.values(BORDERLINES),
];

describe("factCollectors", () => {
  it("collect exactly the evidence and the undecided facts of the full evaluation", () => {
    const compiled = CONDITIONS.map((condition) => ({ condition, collectors: factCollectors(condition) }));
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const values = valuesOf(facts);
        for (const { condition, collectors } of compiled) {
          const evaluation = evaluate(condition, facts);
          expect(collectors.truth(values)).toBe(evaluation.truth);
          const evidence: FactId[] = [];
          const undecided: FactId[] = [];
          if (evaluation.truth === true) collectors.evidence(values, evidence);
          if (evaluation.truth === "unknown") collectors.undecided(values, undecided);
          expect(evidence).toEqual(evaluation.evidence);
          expect(undecided).toEqual(evaluation.undecided);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("add each fact once to a list that already holds some", () => {
    const condition = {
      any: [
        { fact: "fever", op: "is", value: true },
        { fact: "weightLoss", op: "is", value: true },
      ],
    } as const;
    const into: FactId[] = ["fever"];
    factCollectors(condition).evidence(valuesOf({ fever: true, weightLoss: true }), into);
    expect(into).toEqual(["fever", "weightLoss"]);
  });
});

describe("truthOf", () => {
  it("gives exactly the truth of the full evaluation for every rule condition", () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        for (const condition of CONDITIONS) {
          const truth = evaluate(condition, facts).truth;
          expect(truthOf(condition, facts)).toBe(truth);
          expect(holds(condition, facts)).toBe(truth === true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("is unknown while a deciding fact is missing, and decided once it is given", () => {
    const condition = {
      all: [
        { fact: "fever", op: "is", value: true },
        { fact: "age", op: "atLeast", value: 50 },
      ],
    } as const;
    expect(truthOf(condition, { fever: true })).toBe("unknown");
    expect(truthOf(condition, { fever: false })).toBe(false);
    expect(truthOf(condition, { fever: true, age: 50 })).toBe(true);
    expect(truthOf({ any: [{ fact: "fever", op: "unknown" }] }, {})).toBe(true);
  });
});
