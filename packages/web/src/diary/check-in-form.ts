import {
  CHECK_IN_WARNING_SIGNS,
  type CheckIn,
  evaluate,
  FACT_KINDS,
  type FactId,
  type Facts,
  localDateTime,
  NOTE_MAX_LENGTH,
  SCREENS,
  type WarningSigns,
} from "@backtalk/engine";
import type { DraftValue } from "../check/check-session.ts";
import { placeOf, type Zone } from "./body-zones.ts";

/**
 * The daily check-in form as data: which warning signs to show (the engine's CHECK_IN_WARNING_SIGNS with the
 * interview's own show-when conditions), what is missing, and the diary entry it becomes. "Not sure" is never
 * written as "no": it is left out of the entry and the advice is shown with it unknown.
 */

export type SignFact = (typeof CHECK_IN_WARNING_SIGNS)[number];

export interface CheckInDraft {
  readonly pain?: number;
  readonly zones: ReadonlySet<Zone>;
  readonly mobility?: DraftValue;
  readonly signs: Readonly<Partial<Record<SignFact, DraftValue>>>;
  readonly note: string;
}

const QUESTIONS = SCREENS.flatMap((screen) => screen.questions);
const questionOf = (fact: FactId) => QUESTIONS.find((question) => question.fact === fact);

/** Yes/no signs answered together (with "None of these"), then the ones with options or a follow-up. */
export const CHECKLIST_SIGNS: readonly SignFact[] = CHECK_IN_WARNING_SIGNS.filter(
  (fact) => FACT_KINDS[fact].type === "boolean" && !questionOf(fact)?.showWhen,
);
export const DETAIL_SIGNS: readonly SignFact[] = CHECK_IN_WARNING_SIGNS.filter(
  (fact) => !CHECKLIST_SIGNS.includes(fact),
);

/** The answers given so far as facts ("not sure" and unanswered stay unknown). */
function answered(signs: CheckInDraft["signs"]): Facts {
  return Object.fromEntries(
    Object.entries(signs).filter(([, value]) => value !== undefined && value !== "dont_know"),
  ) as Facts;
}

/** A follow-up (weakness getting worse) shows only while its condition holds on the answers so far. */
export function visibleSigns(draft: CheckInDraft, list: readonly SignFact[]): SignFact[] {
  const facts = answered(draft.signs);
  return list.filter((fact) => {
    const showWhen = questionOf(fact)?.showWhen;
    return !showWhen || evaluate(showWhen, facts).truth === true;
  });
}

export type CheckInProblem = "pain" | "where" | SignFact;

export function problemsOf(draft: CheckInDraft): CheckInProblem[] {
  const problems: CheckInProblem[] = [];
  if (draft.pain === undefined) problems.push("pain");
  if (placeOf(draft.zones).region.length === 0) problems.push("where");
  // In the order the screen shows them: the legs first, then the checklist.
  for (const fact of [...visibleSigns(draft, DETAIL_SIGNS), ...visibleSigns(draft, CHECKLIST_SIGNS)]) {
    if (draft.signs[fact] === undefined) problems.push(fact);
  }
  return problems;
}

/** The signs the person was not sure about (only those still shown). */
export function notSureOf(draft: CheckInDraft): SignFact[] {
  return [...visibleSigns(draft, CHECKLIST_SIGNS), ...visibleSigns(draft, DETAIL_SIGNS)].filter(
    (fact) => draft.signs[fact] === "dont_know",
  );
}

/** The diary entry; call only when problemsOf(draft) is empty. */
export function checkInOf(draft: CheckInDraft, id: string, now: Date): CheckIn {
  const place = placeOf(draft.zones);
  const shown = [...visibleSigns(draft, CHECKLIST_SIGNS), ...visibleSigns(draft, DETAIL_SIGNS)];
  const signs = answered(
    Object.fromEntries(shown.map((fact) => [fact, draft.signs[fact]])) as CheckInDraft["signs"],
  ) as WarningSigns;
  const note = draft.note.trim().slice(0, NOTE_MAX_LENGTH);
  const mobility =
    draft.mobility === undefined || draft.mobility === "dont_know"
      ? undefined
      : (draft.mobility as NonNullable<CheckIn["mobility"]>);
  return {
    id,
    at: localDateTime(now),
    painScore: draft.pain as number,
    region: place.region,
    ...(place.side ? { side: place.side } : {}),
    ...(mobility ? { mobility } : {}),
    // Always written, even empty: a re-screen with every sign "not sure" makes them all unknown again.
    warningSigns: signs,
    ...(note ? { note } : {}),
  };
}
