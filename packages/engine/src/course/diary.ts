import * as z from "zod/mini";
import { CHECK_IN_WARNING_SIGNS, PROFILE_FACTS } from "../knowledge/course.ts";
import { RULES, type RuleId, SELF_CARE_RULE } from "../knowledge/rules/index.ts";
import { factsSchema, levelSchema } from "../schema/vocabulary.ts";
import { type FieldIssue, parseWith, ValidationError } from "../validate.ts";

/**
 * The diary: every check-in, completed check and self-care action a person logged, as one versioned JSON
 * document (the app's export/import format and the input of the doctor report). This schema is the single
 * source of its type, its validation and docs/diary.schema.json.
 */

export const DIARY_FORMAT = "backtalk-diary";
export const DIARY_VERSION = 1;
export const NOTE_MAX_LENGTH = 500;
/** Versions look like "2026.11.1"; the bound keeps a stored or shared diary from carrying a long string here. */
export const KNOWLEDGE_VERSION_MAX_LENGTH = 32;

const id = () => z.string().check(z.minLength(1), z.maxLength(100), z.describe("Unique within its list."));
const at = (what: string) =>
  z.iso
    .datetime({ offset: true })
    .check(
      z.describe(
        `${what}: ISO 8601 date-time with a time zone. Write the local offset: the calendar day is read as written.`,
      ),
    );
/** The fact's own schema without `optional`, so the same rule (range, options) validates it here. */
const required = <T extends z.core.SomeType>(schema: z.ZodMiniOptional<T>): T => schema.def.innerType;
const maskOf = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, true])) as { [P in K]: true };

export const checkInSchema = z.strictObject({
  id: id(),
  at: at("When the check-in was made"),
  painScore: required(factsSchema.shape.painScore),
  region: required(factsSchema.shape.region),
  side: factsSchema.shape.side,
  mobility: factsSchema.shape.mobility,
  warningSigns: z.optional(
    z
      .pick(factsSchema, maskOf(CHECK_IN_WARNING_SIGNS))
      .check(z.describe("The warning signs re-screened at this check-in; a sign left out was not asked.")),
  ),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_LENGTH))),
});

const ruleIdSchema = z.enum([...RULES.map((rule) => rule.id), SELF_CARE_RULE.id] as unknown as [
  RuleId,
  ...RuleId[],
]);

export const completedCheckSchema = z.strictObject({
  id: id(),
  at: at("When the check was completed"),
  facts: factsSchema,
  assessment: z.strictObject({
    level: z.nullable(levelSchema),
    rules: z.array(ruleIdSchema),
    knowledgeVersion: z.string().check(z.minLength(1), z.maxLength(KNOWLEDGE_VERSION_MAX_LENGTH)),
  }),
});

export const coldRoundSchema = z.strictObject({
  id: id(),
  startedAt: at("When the cold pack went on"),
  endedAt: z.optional(at("When it came off")),
});

export const walkSchema = z.strictObject({
  id: id(),
  at: at("When the walk was logged"),
  minutes: z.optional(z.int().check(z.minimum(0), z.maximum(600))),
});

export const diarySchema = z
  .strictObject({
    format: z.literal(DIARY_FORMAT),
    version: z.literal(DIARY_VERSION),
    exportedAt: at("When the file was written"),
    demo: z.optional(z.boolean().check(z.describe("True for the example diary; never real data."))),
    profile: z.optional(
      z
        .pick(factsSchema, maskOf(PROFILE_FACTS))
        .check(z.describe("Facts about the person that do not change between episodes.")),
    ),
    checkIns: z.array(checkInSchema),
    checks: z.optional(z.array(completedCheckSchema)),
    coldRounds: z.optional(z.array(coldRoundSchema)),
    walks: z.optional(z.array(walkSchema)),
  })
  .check(
    z.meta({
      title: "BackTalk diary",
      description: "A BackTalk diary export: check-ins, completed checks and self-care, version 1.",
    }),
  );

export type Diary = z.infer<typeof diarySchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type CompletedCheck = z.infer<typeof completedCheckSchema>;
export type ColdRound = z.infer<typeof coldRoundSchema>;
export type Walk = z.infer<typeof walkSchema>;
export type WarningSigns = NonNullable<CheckIn["warningSigns"]>;
export type Profile = NonNullable<Diary["profile"]>;

const LISTS = ["checkIns", "checks", "coldRounds", "walks"] as const;

/** Ids repeat across a merge or a bad edit; a repeated id would make an import ambiguous. */
function duplicateIds(diary: Diary): FieldIssue[] {
  return LISTS.flatMap((list) => {
    const seen = new Set<string>();
    return (diary[list] ?? []).flatMap((item, index) => {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        return [];
      }
      return [{ path: `${list}[${index}].id`, code: "duplicate_id", message: `"${item.id}" is used twice` }];
    });
  });
}

/** Unknown keys in the two fact subsets name what is allowed, like unknown facts do. */
function explainSubset(issue: FieldIssue): FieldIssue {
  if (issue.code !== "unknown_field") return issue;
  const subset = /(?:^|\.)(warningSigns|profile)\.[^.]+$/.exec(issue.path)?.[1];
  if (!subset) return issue;
  const allowed = subset === "profile" ? PROFILE_FACTS : CHECK_IN_WARNING_SIGNS;
  return { ...issue, message: `${issue.message}; allowed here: ${allowed.join(", ")}` };
}

/**
 * Validates a diary export. Throws a ValidationError naming each bad field and what is allowed there;
 * a foreign or newer file is refused as a whole rather than half-read.
 */
export function parseDiary(input: unknown, prefix: readonly string[] = []): Diary {
  const header = input as { format?: unknown; version?: unknown } | null;
  if (typeof header === "object" && header !== null && header.format === DIARY_FORMAT) {
    if (typeof header.version === "number" && header.version > DIARY_VERSION) {
      throw new ValidationError([
        {
          path: [...prefix, "version"].join("."),
          code: "unsupported_version",
          message: `must be ${DIARY_VERSION}; this file was written by a newer BackTalk (version ${header.version})`,
        },
      ]);
    }
  }
  let diary: Diary;
  try {
    diary = parseWith(diarySchema, input, prefix);
  } catch (error) {
    throw error instanceof ValidationError ? new ValidationError(error.issues.map(explainSubset)) : error;
  }
  const at = prefix.length === 0 ? "" : `${prefix.join(".")}.`;
  const duplicates = duplicateIds(diary).map((issue) => ({ ...issue, path: `${at}${issue.path}` }));
  if (duplicates.length > 0) throw new ValidationError(duplicates);
  return diary;
}

/** The JSON Schema of the diary format (docs/diary.schema.json is this, committed). */
export function diaryJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(diarySchema) as Record<string, unknown>;
  return { $schema, $id: "https://backtalk.example/schemas/diary.schema.json", ...rest };
}

/** An empty diary, ready to fill. */
export const emptyDiary = (exportedAt: string): Diary => ({
  format: DIARY_FORMAT,
  version: DIARY_VERSION,
  exportedAt,
  checkIns: [],
});

const pad = (value: number) => String(value).padStart(2, "0");

/** A date-time in the device's local time with its offset, so the calendar day in the diary matches the person's. */
export function localDateTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The device's local calendar date (YYYY-MM-DD): the `today` the course and report take. */
export const localDate = (date: Date): string => localDateTime(date).slice(0, 10);
