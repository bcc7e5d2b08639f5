import {
  type Answer,
  answerScreen,
  type FactId,
  type FieldIssue,
  goBack,
  type InterviewState,
  parseFacts,
  SCREENS,
  type ScreenId,
  startInterview,
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
}

/**
 * Validates and applies the body of POST /api/interview:
 * `{ state?: { initial?: Facts, steps?: [{ screen, answers }] }, answer?: { screen, answers }, back?: true }`.
 * The server keeps nothing between calls: every step is replayed through the engine, so a client can
 * never smuggle in an answer the engine would have refused.
 */
export function parseInterviewRequest(body: unknown): InterviewRequest {
  if (!isObject(body)) return fail("", "invalid_type", "must be a JSON object");
  onlyKeys(body, ["state", "answer", "back"], "");
  let state = startInterview();
  if (body.state !== undefined) {
    if (!isObject(body.state))
      return fail("state", "invalid_type", 'must be a JSON object: { "initial", "steps" }');
    onlyKeys(body.state, ["initial", "steps"], "state");
    const initial =
      body.state.initial === undefined ? {} : parseFacts(body.state.initial, ["state", "initial"]);
    state = startInterview(initial);
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
  return { state };
}
