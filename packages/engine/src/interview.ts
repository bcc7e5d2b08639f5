import { type Assessment, assess } from "./assess.ts";
import { type Condition, factsIn } from "./conditions/condition.ts";
import { holds } from "./conditions/evaluate.ts";
import { deriveFacts } from "./derive.ts";
import {
  FOLLOW_UP_SCREENS,
  type InterviewMode,
  type Question,
  SCREENS,
  SCREENS_BY_MODE,
  type Screen,
  type ScreenId,
} from "./knowledge/questions.ts";
import type { PlanOptions } from "./plan.ts";
import { FACT_KINDS, type FactKind } from "./schema/fact-kinds.ts";
import type { FactId, Facts, FactValue } from "./schema/vocabulary.ts";
import { adviceBroughtForward } from "./understand/suggestions.ts";
import { parseFacts, ValidationError } from "./validate.ts";

/**
 * "Not sure" as an interview answer. It is never taken as "no": the fact stays unknown, and once every
 * question that could change the level has been asked, each unsure fact sets the level itself (at most
 * `urgent`; see `AssessOptions.unsure`). A FHIR "don't know" answer maps to this value.
 */
export const DONT_KNOW = "dont_know";

/** The person's answer to one question: a value, or "not sure" (`DONT_KNOW`). */
export type Answer = FactValue | typeof DONT_KNOW;

export interface InterviewStep {
  readonly screen: ScreenId;
  readonly answers: Partial<Record<FactId, Answer>>;
}

/**
 * The whole interview as plain data: the facts known before it began (from a form or the person's own words)
 * and one step per screen answered. Going back is dropping the last step; it serialises as JSON.
 */
export interface InterviewState {
  readonly initial: Facts;
  readonly steps: readonly InterviewStep[];
  /** "follow_up" after the person's own words were read: every question by urgency. Default "topics". */
  readonly mode?: InterviewMode;
  /**
   * What the person's own words seemed to say: each value is shown as the pre-filled answer of its question,
   * to confirm or change. Never a fact until the screen is sent (`factsOf` ignores it).
   */
  readonly suggested?: Facts;
}

export interface QuestionView {
  readonly fact: FactId;
  readonly kind: FactKind;
  readonly canFindOut: boolean;
  readonly showWhen?: Question["showWhen"];
  /** The answer the person's words seemed to give: shown pre-filled, counted only once the screen is sent. */
  readonly suggested?: FactValue;
}

export interface ScreenView {
  readonly id: ScreenId;
  readonly kind: Screen["kind"];
  readonly questions: readonly QuestionView[];
}

export type InterviewProgress =
  | {
      readonly done: false;
      readonly screen: ScreenView;
      readonly assessment: Assessment;
      /**
       * The advice that warning signs suggested by the words would mean, shown at once before they are
       * confirmed; present only while it is more urgent than the answers so far (words never lower advice).
       */
      readonly broughtForward?: Assessment;
      readonly progress: Progress;
    }
  | { readonly done: true; readonly assessment: Assessment; readonly progress: Progress };

export interface Progress {
  /** Screens answered so far. */
  readonly answered: number;
  /** An upper bound on the screens still to come. */
  readonly remainingAtMost: number;
}

export const startInterview = (
  initial: Facts = {},
  mode: InterviewMode = "topics",
  suggested: Facts = {},
): InterviewState => ({
  initial,
  steps: [],
  ...(mode === "topics" ? {} : { mode }),
  ...(Object.keys(suggested).length > 0 ? { suggested } : {}),
});

const screensOf = (state: InterviewState): readonly Screen[] => SCREENS_BY_MODE[state.mode ?? "topics"];
const findScreen = (id: ScreenId): Screen | undefined =>
  [...SCREENS, ...FOLLOW_UP_SCREENS].find((screen) => screen.id === id);

/** The facts known so far: the initial facts with every answered value laid over them. */
export function factsOf(state: InterviewState): Facts {
  const facts: Record<string, unknown> = { ...state.initial };
  for (const step of state.steps) {
    for (const [fact, answer] of Object.entries(step.answers)) {
      if (answer !== DONT_KNOW && answer !== undefined) facts[fact] = answer;
    }
  }
  return facts as Facts;
}

function dontKnows(state: InterviewState): Set<FactId> {
  const facts = factsOf(state);
  return new Set(
    state.steps.flatMap((step) =>
      Object.entries(step.answers)
        .filter(([fact, answer]) => answer === DONT_KNOW && facts[fact as FactId] === undefined)
        .map(([fact]) => fact as FactId),
    ),
  );
}

/**
 * The questions of a screen that the person should see, given the facts before the screen and the answers
 * given on it so far (a follow-up appears once its trigger is answered).
 */
export function visibleQuestions(
  screen: Screen,
  facts: Facts,
  draft: Partial<Record<FactId, Answer>> = {},
  skipped: ReadonlySet<FactId> = new Set(),
): Question[] {
  return visibleGiven(screen, facts, new Set(assess(facts).missing), draft, skipped);
}

function visibleGiven(
  screen: Screen,
  facts: Facts,
  missing: ReadonlySet<FactId>,
  draft: Partial<Record<FactId, Answer>>,
  skipped: ReadonlySet<FactId>,
): Question[] {
  const known = deriveFacts(facts);
  const current: Record<string, unknown> = { ...known };
  for (const [fact, answer] of Object.entries(draft)) {
    if (answer !== DONT_KNOW && answer !== undefined) current[fact] = answer;
  }
  return screen.questions.filter((question) => {
    if (known[question.fact] !== undefined || skipped.has(question.fact)) return false;
    const relevant =
      question.askedFor === undefined
        ? missing.has(question.fact)
        : question.askedFor === "clinician" || missing.has(question.askedFor);
    return relevant && (question.showWhen === undefined || holds(question.showWhen, current as Facts));
  });
}

const view = (screen: Screen, questions: readonly Question[], suggested: Facts): ScreenView => ({
  id: screen.id,
  kind: screen.kind,
  questions: questions.map((question) => {
    const value = suggested[question.fact];
    return {
      fact: question.fact,
      kind: FACT_KINDS[question.fact],
      canFindOut: question.canFindOut === true,
      ...(question.showWhen ? { showWhen: question.showWhen } : {}),
      ...(value === undefined ? {} : { suggested: value }),
    };
  }),
});

/** The suggestions still waiting for their question: once a screen answers a fact, its suggestion is spent. */
export function openSuggestions(state: InterviewState): Facts {
  const answered = new Set(state.steps.flatMap((step) => Object.keys(step.answers)));
  return Object.fromEntries(
    Object.entries(state.suggested ?? {}).filter(
      ([fact]) => !answered.has(fact) && state.initial[fact as FactId] === undefined,
    ),
  ) as Facts;
}

/** Screens that still have a question worth asking, in interview order. */
function pendingScreens(
  state: InterviewState,
  assessment: Assessment,
): { screen: Screen; questions: Question[] }[] {
  const facts = factsOf(state);
  const skipped = dontKnows(state);
  const missing = new Set(assessment.missing);
  return screensOf(state)
    .map((screen) => ({
      screen,
      questions: visibleGiven(screen, facts, missing, {}, skipped),
    }))
    .filter(({ questions }) => questions.some((question) => question.askedFor !== "clinician"));
}

/** The facts answered "not sure" and still unknown: what `assess` resolves once nothing else is open. */
export const unsureOf = (state: InterviewState): FactId[] => [...dontKnows(state)];

/**
 * The next screen to show, or the result once the level is settled (an emergency sign settles it at once).
 * It never ends early over an unknown warning sign: only when every remaining one was answered "not sure",
 * and then the result allows for those answers (never `level: null`).
 */
export function nextStep(state: InterviewState, options: PlanOptions = {}): InterviewProgress {
  const assessment = assess(factsOf(state), { ...options, unsure: unsureOf(state) });
  const pending = assessment.complete ? [] : pendingScreens(state, assessment);
  const progress = { answered: state.steps.length, remainingAtMost: pending.length };
  const first = pending[0];
  if (!first) return { done: true, assessment, progress };
  const suggested = openSuggestions(state);
  const ahead = adviceBroughtForward(factsOf(state), suggested, options);
  return {
    done: false,
    screen: view(first.screen, first.questions, suggested),
    assessment,
    ...(ahead ? { broughtForward: ahead } : {}),
    progress,
  };
}

/**
 * Records the answers to one screen and returns the new state. Invalid answers are rejected with a
 * ValidationError naming each field; the earlier state is never changed.
 */
export function answerScreen(
  state: InterviewState,
  screenId: ScreenId,
  answers: Partial<Record<FactId, Answer>>,
): InterviewState {
  const screen = screensOf(state).find((candidate) => candidate.id === screenId);
  if (!screen) {
    throw new ValidationError([
      {
        path: "screen",
        code: "invalid_value",
        message: `must be one of ${screensOf(state)
          .map((s) => s.id)
          .join(", ")}`,
      },
    ]);
  }
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    throw new ValidationError([
      { path: "answers", code: "invalid_type", message: "must be a JSON object of answers by fact" },
    ]);
  }
  const onScreen = new Set(screen.questions.map((question) => question.fact));
  const foreign = Object.keys(answers).filter((fact) => !onScreen.has(fact as FactId));
  if (foreign.length > 0) {
    throw new ValidationError(
      foreign.map((fact) => ({
        path: `answers.${fact}`,
        code: "not_on_screen",
        message: `is not asked on screen "${screenId}"; allowed: ${[...onScreen].join(", ")}`,
      })),
    );
  }
  parseFacts(Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== DONT_KNOW)), [
    "answers",
  ]);
  return { ...state, steps: [...state.steps, { screen: screenId, answers }] };
}

export interface PlannedQuestion {
  readonly question: Question;
  /**
   * Shown only while this holds on the screen's own answers (a follow-up such as "getting worse?" after
   * "one leg weak"); absent when it is shown whatever is answered on the screen.
   */
  readonly showWhen?: Condition;
}

/**
 * Every question a screen may show, given the state before it, each with the condition that still depends on
 * answers given on the same screen. For forms that cannot re-ask mid-screen (a FHIR adaptive form sends the
 * whole screen at once and carries `showWhen` as enableWhen).
 */
export function plannedQuestions(state: InterviewState, screenId: ScreenId): PlannedQuestion[] {
  const screen = screensOf(state).find((candidate) => candidate.id === screenId);
  if (!screen) return [];
  const facts = factsOf(state);
  const known = deriveFacts(facts);
  const missing = new Set(assess(facts).missing);
  const unconditional = { ...screen, questions: screen.questions.map(({ showWhen: _, ...rest }) => rest) };
  const relevant = new Set(
    visibleGiven(unconditional, facts, missing, {}, dontKnows(state)).map((question) => question.fact),
  );
  return screen.questions.flatMap((question): PlannedQuestion[] => {
    if (!relevant.has(question.fact)) return [];
    if (!question.showWhen) return [{ question }];
    if (factsIn(question.showWhen).some((fact) => relevant.has(fact)))
      return [{ question, showWhen: question.showWhen }];
    return holds(question.showWhen, known) ? [{ question }] : [];
  });
}

/** Drops the last answered screen, so the person can change an answer. */
export const goBack = (state: InterviewState): InterviewState => ({
  ...state,
  steps: state.steps.slice(0, -1),
});

export interface AskedScreen {
  readonly id: ScreenId;
  /** Every fact the screen showed, pre-filled ones included. */
  readonly facts: readonly FactId[];
  /** The answers shown pre-filled from the person's words, as they were before the person answered. */
  readonly suggested?: Facts;
}

export interface OracleRun {
  readonly assessment: Assessment;
  readonly asked: readonly AskedScreen[];
}

/**
 * Runs the interview as a simulated patient who answers from `truth` ("don't know" where it is silent).
 * Used by tests, the CLI and the benchmark to check that the interview reaches the same level as `assess`.
 */
export function runOracle(
  truth: Facts,
  initial: Facts = {},
  options: PlanOptions & { readonly mode?: InterviewMode } = {},
): OracleRun {
  return runOracleFrom(truth, startInterview(initial, options.mode), options);
}

/**
 * The same simulated patient from a given start, e.g. the one `startFromWords` makes: pre-filled answers are
 * shown to the patient, who answers from `truth` whatever they say.
 */
export function runOracleFrom(truth: Facts, start: InterviewState, options: PlanOptions = {}): OracleRun {
  let state = start;
  const asked: AskedScreen[] = [];
  for (let guard = 0; guard <= screensOf(state).length; guard++) {
    const step = nextStep(state, options);
    if (step.done) return { assessment: step.assessment, asked };
    const screen = findScreen(step.screen.id) as Screen;
    const answers: Partial<Record<FactId, Answer>> = {};
    const facts = factsOf(state);
    const skipped = dontKnows(state);
    const missing = new Set(step.assessment.missing);
    // Answer in order, re-checking visibility so follow-ups appear as they would on screen.
    for (const question of screen.questions) {
      if (!visibleGiven(screen, facts, missing, answers, skipped).includes(question)) continue;
      answers[question.fact] = truth[question.fact] ?? DONT_KNOW;
    }
    const shown = Object.keys(answers) as FactId[];
    const open = openSuggestions(state);
    const prefilled = shown.filter((fact) => open[fact] !== undefined);
    const suggested = Object.fromEntries(prefilled.map((fact) => [fact, open[fact]])) as Facts;
    asked.push({ id: screen.id, facts: shown, ...(prefilled.length > 0 ? { suggested } : {}) });
    state = answerScreen(state, screen.id, answers);
  }
  throw new Error("interview did not finish: a screen was offered twice");
}
