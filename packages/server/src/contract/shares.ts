import {
  diarySchema,
  diarySnapshotSchema,
  FACT_IDS,
  factsSchema,
  KNOWLEDGE_VERSION_MAX_LENGTH,
} from "@backtalk/engine";
import * as z from "zod/mini";
import {
  assessmentSchema,
  causeIdSchema,
  factIdSchema,
  firedRuleSchema,
  langSchema,
  levelSchema,
  ruleIdSchema,
} from "./assessment.ts";
import { named } from "./registry.ts";

/** Links live 14 days unless the person picks another number of days, up to 30. */
export const DEFAULT_EXPIRY_DAYS = 14;
export const MAX_EXPIRY_DAYS = 30;

const RULE_COUNT = ruleIdSchema.options.length;

named("Diary", diarySchema, "A BackTalk diary, version 1 (docs/diary.schema.json)");

export const diaryShareSchema = named(
  "DiarySnapshot",
  diarySnapshotSchema,
  "The web app's doctor report: the part of the person's diary it is made of. /s/{token} builds the report from it with the engine, judged on `today`.",
);

/**
 * One check's result as the person saw it. Only ids the engine knows are accepted, so a share page can never
 * show invented rules or causes; nothing else is stored, so a link can never carry data nobody asked for.
 */
export const checkShareSchema = named(
  "CheckSnapshot",
  z.strictObject({
    assessment: z.strictObject({
      ...assessmentSchema.shape,
      missing: z.optional(z.array(factIdSchema).check(z.maxLength(FACT_IDS.length))),
      couldReach: z.optional(z.nullable(levelSchema)),
      plan: z.optional(assessmentSchema.shape.plan),
      rules: z
        .array(
          z.strictObject({
            ...firedRuleSchema.shape,
            facts: z.array(factIdSchema).check(z.maxLength(FACT_IDS.length)),
            evidence: z.optional(firedRuleSchema.shape.evidence.check(z.maxLength(FACT_IDS.length))),
            sources: z.optional(firedRuleSchema.shape.sources),
          }),
        )
        .check(z.maxLength(RULE_COUNT)),
      causes: z
        .array(
          z.strictObject({ id: causeIdSchema, rules: z.array(ruleIdSchema).check(z.maxLength(RULE_COUNT)) }),
        )
        .check(z.maxLength(causeIdSchema.options.length)),
      knowledgeVersion: z
        .string()
        .check(
          z.maxLength(KNOWLEDGE_VERSION_MAX_LENGTH),
          z.regex(/^[\w.-]+$/),
          z.describe('Such as "2026.11.1"'),
        ),
    }),
    facts: z.optional(factsSchema),
    lang: z.optional(langSchema),
    createdAt: z.optional(z.iso.datetime({ offset: true })),
  }),
  "One check's result as shown to the person",
);

export const sharedSnapshotSchema = z.union([diaryShareSchema, checkShareSchema]);
export type SharedSnapshot = z.infer<typeof sharedSnapshotSchema>;
export type CheckSnapshot = z.infer<typeof checkShareSchema>;

export const shareRequestSchema = named(
  "ShareRequest",
  z.strictObject({
    snapshot: sharedSnapshotSchema,
    expiresInDays: z._default(
      z
        .int()
        .check(z.minimum(1), z.maximum(MAX_EXPIRY_DAYS), z.describe("Days until the link stops working")),
      DEFAULT_EXPIRY_DAYS,
    ),
  }),
);

export const shareCreatedSchema = named(
  "ShareCreated",
  z.strictObject({
    token: z.string(),
    secret: z.string().check(z.describe("Keep it: it is the only way to turn the link off")),
    path: z.string().check(z.describe("The read-only report page, /s/{token}")),
    apiPath: z.string(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  }),
);

export const shareSchema = named(
  "Share",
  z.strictObject({
    snapshot: sharedSnapshotSchema,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  }),
);
