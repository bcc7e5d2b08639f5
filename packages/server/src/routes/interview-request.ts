import {
  type Answer,
  answerScreen,
  type FactId,
  goBack,
  type InterviewState,
  isUnderstood,
  type Lang,
  parseWith,
  readDescription,
  startFromWords,
  startInterview,
  type Understood,
  ValidationError,
} from "@backtalk/engine";
import type * as z from "zod/mini";
import { interviewRequestSchema, MAX_STEPS } from "../contract/interview.ts";
import { joinPath } from "../http/problem.ts";

type InterviewBody = z.infer<typeof interviewRequestSchema>;

/** Runs an engine call, re-rooting the paths of its ValidationError under `prefix`. */
function under<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(error.issues.map((item) => ({ ...item, path: joinPath(prefix, item.path) })));
  }
}

/** Applies one `{ screen, answers }` step with the engine, which checks every answer against the screen. */
const applyStep = (state: InterviewState, step: InterviewStep, path: string): InterviewState =>
  under(path, () => answerScreen(state, step.screen, step.answers as Partial<Record<FactId, Answer>>));

type InterviewStep = NonNullable<InterviewBody["answer"]>;

export interface InterviewRequest {
  /** The state after replaying the client's steps and applying `back` or `answer`. */
  readonly state: InterviewState;
  /** What the engine read from `text`, when the client sent the person's own words in a language it reads. */
  readonly understood?: Understood;
}

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
  input: unknown,
  context: InterviewContext = { today: new Date().toISOString().slice(0, 10) },
): InterviewRequest {
  const body = parseWith(interviewRequestSchema, input, []);
  if (body.back === true && body.answer !== undefined) {
    throw new ValidationError([
      { path: "back", code: "invalid_value", message: "send either back or answer, not both" },
    ]);
  }
  const described = body.text !== undefined && body.text.trim() !== "";
  const understood = described
    ? readDescription(body.text as string, {
        ...(context.lang && isUnderstood(context.lang) ? { lang: context.lang } : {}),
        today: context.today,
      })
    : undefined;
  const given = body.state?.initial ?? {};
  let state = described
    ? startFromWords(understood ?? { facts: {} }, given)
    : startInterview(given, body.state?.mode ?? "topics", body.state?.suggested ?? {});
  (body.state?.steps ?? []).forEach((step, index) => {
    state = applyStep(state, step, `state.steps[${index}]`);
  });
  if (body.back === true) state = goBack(state);
  if (body.answer !== undefined) state = applyStep(state, body.answer, "answer");
  if (state.steps.length > MAX_STEPS) {
    throw new ValidationError([
      { path: "answer", code: "invalid_value", message: `at most ${MAX_STEPS} steps in one interview` },
    ]);
  }
  return understood ? { state, understood } : { state };
}
