import { type FactTest, testsIn } from "../conditions/condition.ts";
import { OPERATORS } from "../conditions/operators.ts";
import { rankOf } from "../knowledge/levels.ts";
import { RULES } from "../knowledge/rules/index.ts";
import type { FactId, Facts, FactValue } from "../schema/vocabulary.ts";

/**
 * The tests that make a fact a warning sign, read from the emergency and urgent rules themselves so the two
 * cannot drift: every `is`/`isNot` leaf of their conditions. Thresholds (age >= 50) are context, not signs.
 */
const SIGN_TESTS: readonly FactTest[] = RULES.filter((rule) => rankOf(rule.level) >= rankOf("urgent"))
  .flatMap((rule) => testsIn(rule.when))
  .filter((test) => test.op === "is" || test.op === "isNot");

/** Facts that can be a warning sign, in rule order. */
export const WARNING_SIGN_FACTS: readonly FactId[] = [...new Set(SIGN_TESTS.map((test) => test.fact))];

/** True when this value of this fact is part of an emergency or urgent rule (e.g. fever = true). */
export function isWarningSign(fact: FactId, value: FactValue): boolean {
  return SIGN_TESTS.some(
    (test) =>
      test.fact === fact &&
      test.op !== "unknown" &&
      test.value !== undefined &&
      OPERATORS[test.op](value, test.value),
  );
}

/** The facts whose known value is a warning sign. */
export const warningSignsIn = (facts: Facts): FactId[] =>
  WARNING_SIGN_FACTS.filter((fact) => {
    const value = facts[fact];
    return value !== undefined && isWarningSign(fact, value);
  });
