import {
  type Answer,
  type Assessment,
  answerScreen,
  FACT_KINDS,
  type FactId,
  type Facts,
  FOLLOW_UP_SCREENS,
  factsOf,
  goBack,
  type InterviewMode,
  type InterviewProgress,
  type InterviewState,
  nextStep,
  openSuggestions,
  SCREENS,
  type ScreenId,
  startInterview,
  visibleQuestions,
} from "@backtalk/engine";
import type { CheckRecord, Draft } from "../storage/kv.ts";

/**
 * The web app's side of the check: it keeps the engine's interview state with the answers being typed,
 * and asks the engine every question (what to show next, which follow-ups appear, what the result is).
 * Nothing here decides anything clinical.
 */

/** A value while the person is still answering: an engine answer, or the raw text of a number field. */
export type DraftValue = Answer | string;
export type DraftAnswers = Readonly<Partial<Record<FactId, DraftValue>>>;

/**
 * A new check; "follow_up" after the person's own words asks every question that could change the level, by
 * urgency, with what the words seemed to say (`suggested`) pre-filled.
 */
export const newCheck = (
  initial: Facts = {},
  mode: InterviewMode = "topics",
  suggested: Facts = {},
): CheckRecord => ({
  state: startInterview(initial, mode, suggested),
  draft: null,
  finishedOn: null,
});

export const stepOf = (record: CheckRecord): InterviewProgress => nextStep(record.state);

/**
 * The draft for a screen, if the saved one belongs to it. Otherwise the engine's suggestions for this screen's
 * questions (openSuggestions): what the person's words seemed to say, shown as the answer to confirm, never
 * taken as given (they count only once the screen is sent).
 */
export function draftFor(record: CheckRecord, screen: ScreenId): DraftAnswers {
  if (record.draft?.screen === screen) return record.draft.answers as DraftAnswers;
  const asked = new Set(screenOf(screen)?.questions.map((question) => question.fact) ?? []);
  const open = openSuggestions(record.state);
  return Object.fromEntries(
    (Object.entries(open) as [FactId, Answer][]).filter(([fact]) => asked.has(fact)),
  ) as DraftAnswers;
}

export const withDraft = (record: CheckRecord, screen: ScreenId, answers: DraftAnswers): CheckRecord => ({
  ...record,
  draft: { screen, answers } satisfies Draft,
});

const screenOf = (id: ScreenId) =>
  [...SCREENS, ...FOLLOW_UP_SCREENS].find((candidate) => candidate.id === id);

/** Facts the person said "not sure" about and that are still unknown: the engine does not ask them again. */
function notSure(state: InterviewState): Set<FactId> {
  const known = factsOf(state);
  const facts = state.steps.flatMap((step) =>
    Object.entries(step.answers)
      .filter(([fact, answer]) => answer === "dont_know" && known[fact as FactId] === undefined)
      .map(([fact]) => fact as FactId),
  );
  return new Set(facts);
}

/** Parses a number field: an integer within the fact's range, or undefined. */
export function parseWhole(fact: FactId, raw: string): number | undefined {
  const kind = FACT_KINDS[fact];
  if (kind.type !== "integer" || !/^\s*\d+\s*$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= kind.min && (kind.max === undefined || value <= kind.max) ? value : undefined;
}

/** The draft as engine answers: number fields that do not parse are left out (still unanswered). */
export function toAnswers(draft: DraftAnswers): Partial<Record<FactId, Answer>> {
  const answers: Partial<Record<FactId, Answer>> = {};
  for (const [key, value] of Object.entries(draft)) {
    const fact = key as FactId;
    if (value === undefined) continue;
    if (value === "dont_know" || FACT_KINDS[fact].type !== "integer") {
      answers[fact] = value as Answer;
      continue;
    }
    const whole = typeof value === "number" ? value : parseWhole(fact, String(value));
    if (whole !== undefined) answers[fact] = whole;
  }
  return answers;
}

/** The questions to show on a screen right now: the engine decides, follow-ups included. */
export function visibleFacts(record: CheckRecord, screenId: ScreenId, draft: DraftAnswers): FactId[] {
  const screen = screenOf(screenId);
  if (!screen) return [];
  return visibleQuestions(screen, factsOf(record.state), toAnswers(draft), notSure(record.state)).map(
    (question) => question.fact,
  );
}

export type FieldProblem = { fact: FactId; problem: "unanswered" | "number" };

/** Which visible questions still need an answer before the screen can be sent. */
export function problemsOf(visible: readonly FactId[], draft: DraftAnswers): FieldProblem[] {
  return visible.flatMap((fact): FieldProblem[] => {
    const value = draft[fact];
    if (value === undefined || value === "") return [{ fact, problem: "unanswered" }];
    if (
      FACT_KINDS[fact].type === "integer" &&
      value !== "dont_know" &&
      toAnswers({ [fact]: value })[fact] === undefined
    ) {
      return [{ fact, problem: "number" }];
    }
    return [];
  });
}

/**
 * Sends a screen's answers to the engine (only the questions still visible) and clears the draft.
 * When the engine says the check is done, the record gets its finishing date.
 */
export function submitScreen(
  record: CheckRecord,
  screenId: ScreenId,
  draft: DraftAnswers,
  today: string,
): CheckRecord {
  const visible = new Set(visibleFacts(record, screenId, draft));
  const answers = Object.fromEntries(
    Object.entries(toAnswers(draft)).filter(([fact]) => visible.has(fact as FactId)),
  ) as Partial<Record<FactId, Answer>>;
  const state = answerScreen(record.state, screenId, answers);
  return { state, draft: null, finishedOn: nextStep(state).done ? today : null };
}

/**
 * True when the answers given so far on a screen already end the check (an emergency sign confirmed): the
 * engine says the level cannot change, so the questions left open need no answer before the result.
 */
export const settledBy = (record: CheckRecord, screenId: ScreenId, draft: DraftAnswers): boolean =>
  submitScreen(record, screenId, draft, "").finishedOn !== null;

/** One screen back: the engine drops the last step, and its answers come back as the draft to change. */
export function backOne(record: CheckRecord): CheckRecord {
  const last = record.state.steps.at(-1);
  if (!last) return record;
  return {
    state: goBack(record.state),
    draft: { screen: last.screen, answers: last.answers },
    finishedOn: null,
  };
}

/** Where a history entry of the check stands: after this many answered screens, or at the result. */
export type CheckPosition = number | "end";

/**
 * Moves the check to a history entry: back to the screen shown after `position` answered screens (its
 * answers ready to change, later screens kept in `ahead`), or forward by sending the kept answers again,
 * screen by screen, while they still belong to the screen the engine asks next and still answer it. Stops
 * where it cannot go on; the caller reads where it ended from the record.
 */
export function moveTo(record: CheckRecord, position: CheckPosition, today: string): CheckRecord {
  const answered = record.state.steps.length;
  if (position !== "end" && position < answered) {
    const left = record.state.steps.slice(position);
    const pending = record.draft ? [record.draft] : [];
    const [first, ...rest] = left.map((step): Draft => ({ screen: step.screen, answers: step.answers }));
    return {
      ...record,
      state: { ...record.state, steps: record.state.steps.slice(0, position) },
      draft: first ?? null,
      finishedOn: null,
      ahead: [...rest, ...pending, ...(record.ahead ?? [])],
    };
  }
  let current = record;
  while (position === "end" || current.state.steps.length < position) {
    const step = stepOf(current);
    if (step.done) break;
    const draft = draftFor(current, step.screen.id);
    const open = problemsOf(visibleFacts(current, step.screen.id, draft), draft);
    if (open.length > 0 && !settledBy(current, step.screen.id, draft)) break;
    const sent = submitScreen(current, step.screen.id, draft, today);
    const [next, ...rest] = current.ahead ?? [];
    const fits = next !== undefined && stepOf(sent).done === false;
    current = {
      ...sent,
      ...(current.diaryId ? { diaryId: current.diaryId } : {}),
      ...(fits ? { draft: next, ahead: rest } : {}),
    };
  }
  return current;
}

/** How many screens the check has answered, or "end" when it has finished: its place in the history. */
export const positionOf = (record: CheckRecord): CheckPosition =>
  record.finishedOn ? "end" : record.state.steps.length;

/**
 * Back to the screen where any of `facts` was answered (e.g. the questions still open on the result),
 * with that screen's answers ready to change. The engine drops each later step.
 */
export function backToFacts(record: CheckRecord, facts: readonly FactId[]): CheckRecord {
  const wanted = new Set(facts);
  const index = record.state.steps.findLastIndex((step) =>
    Object.keys(step.answers).some((fact) => wanted.has(fact as FactId)),
  );
  return index < 0 ? backOne(record) : moveTo(record, index, "");
}

/**
 * The finished check's assessment, with its plan dated from the day the check was done. "Not sure" answers
 * are resolved by the engine's interview (never a null level once every question was asked).
 */
export function resultOf(record: CheckRecord, today: string): Assessment {
  return nextStep(record.state, { today: record.finishedOn ?? today }).assessment;
}
