import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BORDERLINES } from "../knowledge/plan.ts";
import { RULES } from "../knowledge/rules/index.ts";
import { partialFacts } from "../testing/arbitrary-facts.ts";
import { evaluate, holds, truthOf } from "./evaluate.ts";

const CONDITIONS = [
  ...RULES.flatMap((rule) => (rule.alsoCite ? [rule.when, rule.alsoCite] : [rule.when])),
  ...Object.values(BORDERLINES),
];

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
