import {
  type Answer,
  answerScreen,
  type FactId,
  type FieldIssue,
  goBack,
  type InterviewState,
  type Lang,
  parseFacts,
  readDescription,
  SCREENS,
  type ScreenId,
  startFromWords,
  startInterview,
  type Understood,
  ValidationError,
} from "@backtalk/engine";
import { joinPath } from "../http/problem.ts";

/** More steps than screens means the client is looping; a real interview never gets near this. */
export const MAX_STEPS = SCREENS.length * 4;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const issue = (path: string, code: string, message: string): FieldIssue => ({ path, code, message });
const fail = (path: string, code: string, message: string): never => {
  throw new ValidationError([issue(path, code, message)]);
};

function onlyKeys(value: Json, allowed: readonly string[], path: string): void {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  if (extra.length > 0) {
    throw new ValidationError(
      extra.map((key) =>
        issue(
          joinPath(path, key),
          "unknown_field",
          `"${key}" is not allowed here; allowed: ${allowed.join(", ")}`,
        ),
      ),
    );
  }
}

/** Runs an engine call, re-rooting the paths of its ValidationError under `prefix`. */
function under<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(error.issues.map((item) => ({ ...item, path: joinPath(prefix, item.path) })));
  }
}

/** Applies one `{ screen, answers }` step with the engine, which checks the screen and every answer. */
function applyStep(state: InterviewState, step: unknown, path: string): InterviewState {
  if (!isObject(step))
    return fail(path, "invalid_type", 'must be a JSON object: { "screen": ..., "answers": {...} }');
  onlyKeys(step, ["screen", "answers"], path);
  if (typeof step.screen !== "string") {
    fail(joinPath(path, "screen"), "invalid_type", `must be one of ${SCREENS.map((s) => s.id).join(", ")}`);
  }
  if (!isObject(step.answers)) {
    fail(
      joinPath(path, "answers"),
      "invalid_type",
      'must be a JSON object of fact: answer (an answer may be "dont_know")',
    );
  }
  return under(path, () =>
    answerScreen(state, step.screen as ScreenId, step.answers as Partial<Record<FactId, Answer>>),
  );
}

export interface InterviewRequest {
  /** The state after replaying the client's steps and applying `back` or `answer`. */
  readonly state: InterviewState;
  /** What the engine read from `text`, when the client sent the person's own words in a language it reads. */
  readonly understood?: Understood;
}

/** Longest description read; longer texts are refused rather than cut, so nothing is silently ignored. */
export const MAX_TEXT_LENGTH = 4000;

export interface InterviewContext {
  /** The language of `text` when the request names one (?lang=); otherwise it is detected from the text. */
  readonly lang?: Lang | undefined;
  /** ISO date for reading "since Saturday". */
  readonly today: string;
}

/**
 * Validates and applies the body of POST /api/interview:
 * `{ text?, state?: { initial?: Facts, steps?: [{ screen, answers }], mode?, suggested?: Facts }, answer?, back? }`.
 * `text` (the person's own words) switches to the follow-up interview, which asks every question that could
 * change the level; what the words seemed to say becomes `state.suggested`, each question's pre-filled answer,
 * never a fact until the person sends that screen. Only facts no question asks (where it hurts, how bad) are
 * taken from the words as given. The text is read in `context.lang` if given, else in its own language; mixed
 * or unknown text pre-fills nothing.
 * The server keeps nothing between calls: every step is replayed through the engine, so a client can
 * never smuggle in an answer the engine would have refused.
 */
export function parseInterviewRequest(
  body: unknown,
  context: InterviewContext = { today: new Date().toISOString().slice(0, 10) },
): InterviewRequest {
  if (!isObject(body)) return fail("", "invalid_type", "must be a JSON object");
  onlyKeys(body, ["text", "state", "answer", "back"], "");
  if (body.text !== undefined && (typeof body.text !== "string" || body.text.length > MAX_TEXT_LENGTH)) {
    fail("text", "invalid_type", `must be a string of at most ${MAX_TEXT_LENGTH} characters`);
  }
  const described = typeof body.text === "string" && body.text.trim() !== "";
  const understood = described
    ? readDescription(body.text as string, {
        ...(context.lang ? { lang: context.lang } : {}),
        today: context.today,
      })
    : undefined;
  const fromWords = (given: InterviewState["initial"]) => startFromWords(understood ?? { facts: {} }, given);
  let state = described ? fromWords({}) : startInterview();
  if (body.state !== undefined) {
    if (!isObject(body.state))
      return fail(
        "state",
        "invalid_type",
        'must be a JSON object: { "initial", "steps", "mode", "suggested" }',
      );
    onlyKeys(body.state, ["initial", "steps", "mode", "suggested"], "state");
    if (body.state.mode !== undefined && body.state.mode !== "topics" && body.state.mode !== "follow_up") {
      fail("state.mode", "invalid_value", 'must be "topics" or "follow_up"');
    }
    const given =
      body.state.initial === undefined ? {} : parseFacts(body.state.initial, ["state", "initial"]);
    const suggested =
      body.state.suggested === undefined ? {} : parseFacts(body.state.suggested, ["state", "suggested"]);
    state = described
      ? fromWords(given)
      : startInterview(given, (body.state.mode as InterviewState["mode"]) ?? "topics", suggested);
    const steps = body.state.steps ?? [];
    if (!Array.isArray(steps) || steps.length > MAX_STEPS) {
      fail("state.steps", "invalid_type", `must be an array of at most ${MAX_STEPS} steps`);
    }
    (steps as unknown[]).forEach((step, index) => {
      state = applyStep(state, step, `state.steps[${index}]`);
    });
  }
  if (body.back !== undefined && body.back !== true && body.back !== false) {
    fail("back", "invalid_type", "must be true or false");
  }
  if (body.back === true && body.answer !== undefined) {
    fail("back", "invalid_value", "send either back or answer, not both");
  }
  if (body.back === true) state = goBack(state);
  if (body.answer !== undefined) state = applyStep(state, body.answer, "answer");
  if (state.steps.length > MAX_STEPS)
    fail("answer", "invalid_value", `at most ${MAX_STEPS} steps in one interview`);
  return understood ? { state, understood } : { state };
}
