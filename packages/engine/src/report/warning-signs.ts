import type { EpisodeAnswer } from "../course/course.ts";
import { isAlarming, WARNING_SIGN_FACTS } from "../knowledge/warning-signs.ts";
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

/** "No" and "none": the answers that rule a sign out. */
const isNo = (value: FactValue): boolean => value === false || value === "none";

/**
 * Warning signs answered this episode: reported (alarming now or earlier) and screened (asked, answered no).
 * An answer that is neither (strain as how it started, leg pain above the knee) is no warning sign and no "no":
 * it stays in the report's answers, and `shownElsewhere` facts (how it started) keep their own place.
 */
export function warningSignsOf(
  facts: Facts,
  answers: readonly EpisodeAnswer[],
  at: (fact: FactId) => string | undefined,
  shownElsewhere: readonly FactId[] = [],
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
    if (isAlarming(fact, value) || first) reported.push(row);
    else if (isNo(value) && !shownElsewhere.includes(fact)) screened.push(row);
  }
  return { reported, screened };
}
