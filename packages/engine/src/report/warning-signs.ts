import { type FactTest, testsIn } from "../conditions/condition.ts";
import { OPERATORS } from "../conditions/operators.ts";
import type { EpisodeAnswer } from "../course/course.ts";
import { HISTORY_FACTS } from "../knowledge/course.ts";
import { RULES } from "../knowledge/rules/index.ts";
import type { FactId, Facts, FactValue } from "../schema/vocabulary.ts";

/** A warning sign's answer in the current episode. */
export interface WarningSignAnswer {
  readonly fact: FactId;
  readonly value: FactValue;
  /** When it was last answered (absent for the profile). */
  readonly at?: string;
  /** The first time this episode it was answered with a value that alone satisfies a rule's test. */
  readonly firstReportedAt?: string;
}

const TESTS: readonly FactTest[] = RULES.flatMap((rule) => [
  ...testsIn(rule.when),
  ...(rule.alsoCite ? testsIn(rule.alsoCite) : []),
]);

const NOT_SIGNS = new Set<string>([...HISTORY_FACTS, "age", "sex"]);

/** The facts the rules test for warning signs, in the order the rules name them (age, sex and history aside). */
export const WARNING_SIGN_FACTS: readonly FactId[] = [
  ...new Set(TESTS.map((test) => test.fact).filter((fact) => !NOT_SIGNS.has(fact))),
];

/**
 * True when this answer, on its own, satisfies one of the rules' tests on the fact (fever yes, weakness in
 * one leg, pain below the knee): read from the rules, so the report never keeps its own list of red flags.
 */
export function isAlarming(fact: FactId, value: FactValue): boolean {
  return TESTS.some(
    (test) =>
      test.fact === fact &&
      test.op !== "unknown" &&
      test.value !== undefined &&
      OPERATORS[test.op](value, test.value),
  );
}

/** Warning signs answered this episode: reported (alarming now or earlier) and screened (asked, answered no). */
export function warningSignsOf(
  facts: Facts,
  answers: readonly EpisodeAnswer[],
  at: (fact: FactId) => string | undefined,
) {
  const reported: WarningSignAnswer[] = [];
  const screened: WarningSignAnswer[] = [];
  for (const fact of WARNING_SIGN_FACTS) {
    const value = facts[fact];
    if (value === undefined) continue;
    const first = answers.find((answer) => answer.fact === fact && isAlarming(fact, answer.value));
    const when = at(fact);
    const row: WarningSignAnswer = {
      fact,
      value,
      ...(when ? { at: when } : {}),
      ...(first ? { firstReportedAt: first.at } : {}),
    };
    (isAlarming(fact, value) || first ? reported : screened).push(row);
  }
  return { reported, screened };
}
