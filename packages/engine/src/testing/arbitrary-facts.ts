// Test support only: fast-check generators of valid facts, read from the schema and the rule table.
import { type Condition, FACT_IDS, FACT_KINDS, type FactId, type Facts, RULES } from "@backtalk/engine";
import fc from "fast-check";
import { NEGATIVE_FACTS } from "./negative-facts.ts";

function thresholdsIn(condition: Condition, fact: FactId): number[] {
  if ("fact" in condition) {
    return condition.fact === fact && typeof condition.value === "number" ? [condition.value] : [];
  }
  return ("all" in condition ? condition.all : condition.any).flatMap((child) => thresholdsIn(child, fact));
}

/** Both sides of every threshold any rule compares the fact with, e.g. 49 and 50 for age. */
export function edgesOf(fact: FactId): number[] {
  const values = RULES.flatMap((rule) => thresholdsIn(rule.when, fact));
  return [...new Set(values.flatMap((value) => [value - 1, value]))].sort((a, b) => a - b);
}

/**
 * A valid value of one fact. Warning values are kept rare (a yes is 1 in 12, the first option of a choice,
 * usually the mild one, is 3 times likelier), so random cases reach every level, not only emergency.
 */
export function arbitraryValue(fact: FactId): fc.Arbitrary<unknown> {
  const kind = FACT_KINDS[fact];
  switch (kind.type) {
    case "boolean":
      return fc.oneof(
        { arbitrary: fc.constant(false), weight: 11 },
        { arbitrary: fc.constant(true), weight: 1 },
      );
    case "choice":
      return fc.oneof(
        { arbitrary: fc.constant(kind.options[0]), weight: 3 },
        { arbitrary: fc.constantFrom(...kind.options), weight: 1 },
      );
    case "choices":
      return fc.uniqueArray(fc.constantFrom(...kind.options), { minLength: 1 });
    case "integer": {
      const max = kind.max ?? 400;
      const edges = edgesOf(fact).filter((edge) => edge >= kind.min && edge <= max);
      const anyValue = fc.integer({ min: kind.min, max });
      return edges.length === 0 ? anyValue : fc.oneof(fc.constantFrom(...edges), anyValue);
    }
  }
}

/** Keeps generated people consistent with the policy's one derivation: a man is not asked, and is not, pregnant. */
function consistent(facts: Record<string, unknown>): Facts {
  if (facts.sex === "male" && facts.pregnant === true) facts.pregnant = false;
  return facts as Facts;
}

/** Every fact given a random value. */
const randomFacts: fc.Arbitrary<Facts> = fc
  .record(Object.fromEntries(FACT_IDS.map((fact) => [fact, arbitraryValue(fact)])))
  .map((facts) => consistent({ ...facts }));

/** The complete negative case with a few facts given random values and up to `maxUnknown` made unknown. */
const nearNegative = (maxUnknown: number): fc.Arbitrary<Facts> =>
  fc
    .tuple(
      randomFacts,
      fc.subarray([...FACT_IDS], { maxLength: 3 }),
      fc.subarray([...FACT_IDS], { maxLength: maxUnknown }),
    )
    .map(([random, changed, unknown]) => {
      const facts: Record<string, unknown> = { ...NEGATIVE_FACTS };
      for (const fact of changed) facts[fact] = random[fact];
      for (const fact of unknown) delete facts[fact];
      return consistent(facts);
    });

/** A case in which every fact is given: fully random, or near the all-negative case (so every level occurs). */
export const completeFacts: fc.Arbitrary<Facts> = fc.oneof(randomFacts, nearNegative(0));

/** A case with some facts unknown: random with a few or most facts dropped, or near the all-negative case. */
export const partialFacts: fc.Arbitrary<Facts> = fc.oneof(
  fc
    .tuple(randomFacts, fc.oneof(fc.subarray([...FACT_IDS], { maxLength: 4 }), fc.subarray([...FACT_IDS])))
    .map(([facts, unknown]) => {
      const partial: Record<string, unknown> = { ...facts };
      for (const fact of unknown) delete partial[fact];
      return partial as Facts;
    }),
  nearNegative(4),
);
