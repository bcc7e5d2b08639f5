import {
  type Assessment,
  CAUSES,
  COLD_CAUTIONS,
  caseSchema,
  EMERGENCY_STEPS,
  FACT_IDS,
  type FactId,
  factsSchema,
  LANGS,
  LEVELS,
  PLAN_SECTION_IDS,
  RULES,
  type RuleId,
  SELF_CARE_RULE,
  SOURCES,
  type SourceId,
} from "@backtalk/engine";
import * as z from "zod/mini";
import { named } from "./registry.ts";

/** Most assessments one batch may hold: enough for a clinic's day, small enough to answer in well under a second. */
export const MAX_BATCH = 1000;

export const levelSchema = z.enum(LEVELS);
export const langSchema = z.enum(LANGS);
export const factIdSchema = z.enum(FACT_IDS as [FactId, ...FactId[]]);
export const causeIdSchema = z.enum(CAUSES);
export const ruleIdSchema = z.enum([...RULES.map((rule) => rule.id), SELF_CARE_RULE.id] as unknown as [
  RuleId,
  ...RuleId[],
]);
const sourceIdSchema = z.enum(Object.keys(SOURCES) as [SourceId, ...SourceId[]]);
const factValueSchema = z.union([z.boolean(), z.int(), z.string(), z.array(z.string())]);
const count = () => z.int().check(z.minimum(0));

named(
  "Facts",
  factsSchema,
  "What is known (case.schema.json). Every fact is optional: a missing fact is unknown, never 'no'.",
);
export const caseBodySchema = named(
  "Case",
  caseSchema,
  "One case of case.schema.json; `expected` is for test cases and is ignored.",
);

export const firedRuleSchema = named(
  "FiredRule",
  z.strictObject({
    id: ruleIdSchema,
    level: levelSchema,
    facts: z.array(factIdSchema).check(z.describe("Every fact that made the rule fire")),
    evidence: z.array(z.strictObject({ fact: factIdSchema, value: z.optional(factValueSchema) })),
    cause: z.optional(causeIdSchema),
    sources: z.array(sourceIdSchema),
  }),
);

export const rankedCauseSchema = named(
  "RankedCause",
  z.strictObject({ id: causeIdSchema, rules: z.array(ruleIdSchema) }),
  "A possible cause to discuss with a doctor, with the firing rules that name it",
);

const walkingSchema = z.strictObject({
  walksPerDay: count(),
  minutesPerWalk: count(),
  addMinutesPerDay: count(),
  maxMinutesPerWalk: count(),
});
const coldSchema = z.strictObject({
  maxMinutes: count(),
  minSkinRestMinutes: count(),
  typicalGapHours: z.tuple([z.number(), z.number()]),
  cautions: z.array(z.enum(COLD_CAUTIONS)),
  numbSkinWarning: z.boolean(),
});
const heatSchema = z.strictObject({ maxMinutes: count(), betterEvidence: z.literal(true) });
const watchForSchema = z.array(z.strictObject({ level: levelSchema, rules: z.array(ruleIdSchema) }));

export const planSchema = named(
  "SelfCarePlan",
  z.union([
    z.strictObject({
      level: z.literal("emergency"),
      steps: z.array(z.enum(EMERGENCY_STEPS)),
      tellCallHandler: z.array(factIdSchema),
    }),
    z.strictObject({
      level: z.nullable(z.literal("urgent")),
      first: z.enum(["contact_doctor_today", "answer_open_questions"]),
      relativeRest: z.strictObject({ bedRestAdvised: z.literal(false), moveAsComfortable: z.literal(true) }),
      cold: coldSchema,
      heat: heatSchema,
      medicines: z.strictObject({ askPharmacist: z.literal(true) }),
      watchFor: watchForSchema,
    }),
    z.strictObject({
      level: z.enum(["soon", "self_care"]),
      relativeRest: z.strictObject({ bedRestAdvised: z.literal(false) }),
      walking: walkingSchema,
      cold: coldSchema,
      heat: heatSchema,
      medicines: z.strictObject({ askPharmacist: z.literal(true) }),
      watchFor: watchForSchema,
      borderline: z.array(z.enum(["nearly_three_weeks", "one_earlier_episode"])),
      betterBy: z.nullable(z.iso.date()),
      recheckOn: z.iso.date(),
    }),
  ]),
  "The plan that fits the level: an emergency only what to do now; urgent (or unfinished) comfort measures without walks or dates; soon and self-care the full plan",
);

export const assessmentSchema = named(
  "Assessment",
  z.strictObject({
    level: z
      .nullable(levelSchema)
      .check(z.describe("Null while nothing fired and unknown facts could still fire a rule")),
    complete: z.boolean(),
    missing: z.array(factIdSchema).check(z.describe("The unknown facts that could still change the level")),
    couldReach: z.nullable(levelSchema),
    unsure: z
      .array(
        z.strictObject({
          fact: factIdSchema,
          level: levelSchema,
          couldReach: levelSchema,
          rules: z.array(ruleIdSchema),
        }),
      )
      .check(z.describe('Facts answered "not sure" (dont_know) that set the level, at most urgent')),
    rules: z.array(firedRuleSchema),
    causes: z.array(rankedCauseSchema),
    plan: planSchema,
    knowledgeVersion: z.string(),
  }),
  "The engine's assessment, every fired rule with the facts behind it",
);

const sourceTextSchema = z.strictObject({ id: sourceIdSchema, title: z.string(), year: z.string() });

export const explanationSchema = named(
  "Explanation",
  z.strictObject({
    lang: langSchema,
    level: z.nullable(levelSchema),
    headline: z.strictObject({
      title: z.string(),
      action: z.string(),
      detail: z.string(),
      short: z.string(),
    }),
    banner: z.strictObject({
      alarm: z.boolean(),
      parts: z.array(z.enum(["title", "action", "call", "detail", "country", "adviceLine"])),
      adviceLine: z.optional(z.string()),
    }),
    emergency: z.strictObject({
      number: z.string(),
      advice: z.optional(z.string()),
      knownCountry: z.boolean(),
      call: z.string(),
    }),
    reasonsIntro: z.string(),
    reasons: z.array(
      z.strictObject({
        id: ruleIdSchema,
        level: levelSchema,
        title: z.string(),
        facts: z.array(z.strictObject({ fact: factIdSchema, label: z.string(), answer: z.string() })),
        sources: z.array(sourceTextSchema),
      }),
    ),
    unsure: z.array(
      z.strictObject({
        fact: factIdSchema,
        level: levelSchema,
        couldReach: levelSchema,
        title: z.string(),
        advice: z.string(),
        ifYes: z.string(),
        howToTell: z.optional(z.string()),
      }),
    ),
    noReasons: z.nullable(z.string()),
    causesIntro: z.string(),
    causes: z.array(z.strictObject({ id: causeIdSchema, name: z.string(), explanation: z.string() })),
    missingIntro: z.string(),
    missing: z.array(z.strictObject({ fact: factIdSchema, question: z.string() })),
    plan: z.strictObject({
      title: z.string(),
      sections: z.array(
        z.strictObject({
          id: z.enum(PLAN_SECTION_IDS),
          title: z.string(),
          paragraphs: z.array(z.string()),
          sources: z.array(sourceTextSchema),
          lists: z.array(
            z.strictObject({
              heading: z.string(),
              level: z.optional(levelSchema),
              items: z.array(z.string()),
            }),
          ),
        }),
      ),
    }),
    disclaimer: z.string(),
    version: z.string(),
  }),
  "The assessment in words, in one language: what every BackTalk shell shows",
);

export const assessResultSchema = named(
  "AssessResult",
  z.strictObject({
    id: z.optional(z.string().check(z.describe("The case's id (or the QuestionnaireResponse's), echoed"))),
    ...assessmentSchema.shape,
    lang: langSchema,
    texts: explanationSchema,
  }),
  "One assessment with the engine's wording in the negotiated language",
);

export const assessBatchSchema = named(
  "CaseBatch",
  z.array(caseSchema).check(z.minLength(1), z.maxLength(MAX_BATCH)),
  `Up to ${MAX_BATCH} cases, assessed in order; an error names the index of each bad case`,
);

export const assessBatchResultSchema = named(
  "AssessBatchResult",
  z.array(assessResultSchema),
  "One result per case, in the order sent",
);

/** FHIR resources are checked by the engine's FHIR mapping; the document only names their type. */
export const questionnaireResponseSchema = named(
  "QuestionnaireResponse",
  z.looseObject({ resourceType: z.literal("QuestionnaireResponse") }),
  "A FHIR R4 QuestionnaireResponse to GET /api/questionnaire; its answers are read as facts",
);

// tsc fails here when the engine's assessment gains or loses a field the schema does not list (the
// response tests check every value at run time).
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : never) : never;
const _assessmentAgrees: SameKeys<z.infer<typeof assessmentSchema>, Assessment> = true;
const _planAgrees: SameKeys<z.infer<typeof planSchema>, Assessment["plan"]> = true;
void [_assessmentAgrees, _planAgrees];
