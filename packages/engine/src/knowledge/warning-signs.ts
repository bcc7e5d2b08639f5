import { type FactTest, testsIn } from "../conditions/condition.ts";
import { OPERATORS } from "../conditions/operators.ts";
import { SIGN_FACTS } from "../schema/facts.ts";
import type { FactId, FactValue, Level } from "../schema/vocabulary.ts";
import { rankOf } from "./levels.ts";
import { RULES } from "./rules/index.ts";

/** One rule's test on a sign fact: `raises` when it is part of the rule's condition, not only cited with it. */
interface SignTest {
  readonly test: FactTest;
  readonly level: Level;
  readonly raises: boolean;
}

const SIGNS = new Set<FactId>(SIGN_FACTS);

const SIGN_TESTS: readonly SignTest[] = RULES.flatMap((rule) => [
  ...testsIn(rule.when).map((test) => ({ test, level: rule.level, raises: true })),
  ...(rule.alsoCite ? testsIn(rule.alsoCite) : []).map((test) => ({
    test,
    level: rule.level,
    raises: false,
  })),
]).filter(({ test }) => SIGNS.has(test.fact));

/** A warning sign: a symptom or finding the rules test, and the most urgent level a rule can reach on it. */
export interface WarningSign {
  readonly fact: FactId;
  /** Null when the rules only cite it beside another sign (weakness getting worse). */
  readonly reaches: Level | null;
}

const reachOf = (fact: FactId): Level | null =>
  SIGN_TESTS.find((sign) => sign.raises && sign.test.fact === fact)?.level ?? null;

/** Every warning sign, in the order the rules name them (RULES is most urgent first). */
export const WARNING_SIGNS: readonly WarningSign[] = [
  ...new Set(SIGN_TESTS.map(({ test }) => test.fact)),
].map((fact) => ({ fact, reaches: reachOf(fact) }));

export const WARNING_SIGN_FACTS: readonly FactId[] = WARNING_SIGNS.map((sign) => sign.fact);

const satisfied = (fact: FactId, value: FactValue) => (sign: SignTest) =>
  sign.test.fact === fact &&
  sign.test.op !== "unknown" &&
  sign.test.value !== undefined &&
  OPERATORS[sign.test.op](value, sign.test.value);

/**
 * The most urgent level this answer, on its own, raises a rule's condition towards (fever yes: emergency with a
 * risk factor, else urgent); null when it is no warning sign. Read from the rules, so no list of red flags is kept.
 */
export function signLevel(fact: FactId, value: FactValue): Level | null {
  return SIGN_TESTS.find((sign) => sign.raises && satisfied(fact, value)(sign))?.level ?? null;
}

/**
 * True when this answer, on its own, satisfies one of the rules' tests on a warning sign (fever yes, weakness in
 * one leg, pain below the knee, weakness getting worse).
 */
export const isAlarming = (fact: FactId, value: FactValue): boolean =>
  SIGN_TESTS.some(satisfied(fact, value));

/** True when this answer is a warning sign that can mean a same-day doctor or an emergency. */
export const isUrgentSign = (fact: FactId, value: FactValue): boolean =>
  rankOf(signLevel(fact, value)) >= rankOf("urgent");
