import { FOLLOW_UP_SCREENS, factsSchema, SCREENS, type ScreenId } from "@backtalk/engine";
import * as z from "zod/mini";
import { assessmentSchema, explanationSchema, factIdSchema, langSchema } from "./assessment.ts";
import { named } from "./registry.ts";

/** Longest description read; longer texts are refused rather than cut, so nothing is silently ignored. */
export const MAX_TEXT_LENGTH = 4000;
/** More steps than screens means the client is looping; a real interview never gets near this. */
export const MAX_STEPS = SCREENS.length * 4;

const SCREEN_IDS = [...SCREENS, ...FOLLOW_UP_SCREENS].map((screen) => screen.id) as [ScreenId, ...ScreenId[]];
export const screenIdSchema = z.enum(SCREEN_IDS);
const modeSchema = z.enum(["topics", "follow_up"]);
const answerSchema = z.union([z.boolean(), z.int(), z.string(), z.array(z.string())]);

export const interviewStepSchema = named(
  "InterviewStep",
  z.strictObject({
    screen: screenIdSchema,
    answers: z
      .record(z.string(), answerSchema)
      .check(
        z.describe(
          'fact: value, or fact: "dont_know" (kept unknown, never taken as "no"); the engine checks each against the screen',
        ),
      ),
  }),
);

export const interviewStateSchema = named(
  "InterviewState",
  z.strictObject({
    initial: z.optional(factsSchema),
    steps: z.optional(z.array(interviewStepSchema).check(z.maxLength(MAX_STEPS))),
    mode: z.optional(modeSchema.check(z.describe("follow_up after the person's own words were read"))),
    suggested: z.optional(factsSchema),
  }),
  "The state returned by the previous call; send it back unchanged",
);

export const interviewRequestSchema = named(
  "InterviewRequest",
  z.strictObject({
    text: z.optional(
      z
        .string()
        .check(
          z.maxLength(MAX_TEXT_LENGTH),
          z.describe(
            "The person's own words, read in `lang` when the query names it, otherwise in the language they are written in. The interview switches to follow-up mode and still asks every question that could change the level; what the words seemed to say is only `state.suggested`, each question's pre-filled answer to confirm, never a fact until that screen is sent. The response adds `understood`, and `broughtForward` while a warning sign in the words would mean more urgent advice.",
          ),
        ),
    ),
    state: z.optional(interviewStateSchema),
    answer: z.optional(interviewStepSchema),
    back: z.optional(z.boolean().check(z.describe("Drop the last answered screen (to change an answer)"))),
  }),
  "Send {} to start; then the returned state with `answer` for the screen shown, or `back: true`",
);

const factKindSchema = z.union([
  z.strictObject({ type: z.literal("boolean") }),
  z.strictObject({ type: z.literal("choice"), options: z.array(z.string()) }),
  z.strictObject({ type: z.literal("choices"), options: z.array(z.string()) }),
  z.strictObject({ type: z.literal("integer"), min: z.int(), max: z.optional(z.int()) }),
]);

export const screenViewSchema = named(
  "Screen",
  z.strictObject({
    id: screenIdSchema,
    kind: z.enum(["checklist", "form"]),
    questions: z.array(
      z.strictObject({
        fact: factIdSchema,
        kind: factKindSchema,
        canFindOut: z.boolean(),
        showWhen: z.optional(z.unknown()),
        suggested: z.optional(
          answerSchema.check(
            z.describe("The answer the person's words seemed to give: pre-filled, to confirm"),
          ),
        ),
      }),
    ),
  }),
  "The next screen to show",
);

const textSchema = z.looseObject({});

export const interviewResponseSchema = named(
  "InterviewResponse",
  z.strictObject({
    understood: z.optional(
      z.looseObject({
        lang: langSchema,
        facts: factsSchema,
        evidence: z.array(z.looseObject({})),
        uncertain: z.array(factIdSchema),
        warningSigns: z.array(factIdSchema),
      }),
    ),
    state: z.strictObject({
      initial: factsSchema,
      steps: z.array(interviewStepSchema),
      mode: z.optional(modeSchema),
      suggested: z.optional(factsSchema),
    }),
    done: z.boolean(),
    screen: z.optional(screenViewSchema),
    assessment: assessmentSchema,
    broughtForward: z.optional(assessmentSchema),
    progress: z.strictObject({ answered: z.int(), remainingAtMost: z.int() }),
    lang: langSchema,
    texts: z.strictObject({
      screen: z.optional(textSchema.check(z.describe("The screen's title, questions and answer labels"))),
      assessment: explanationSchema,
      broughtForward: z.optional(explanationSchema),
    }),
  }),
  "The next screen (absent when done) and the assessment so far",
);
