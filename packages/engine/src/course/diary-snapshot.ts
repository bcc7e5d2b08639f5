import * as z from "zod/mini";
import { LANGS } from "../locales/messages.ts";
import { isJsonObject, issueCollector, parseWith, ValidationError } from "../validate.ts";
import { type Diary, diarySchema, parseDiary } from "./diary.ts";

/**
 * What "Share with a doctor" sends: the part of the diary the doctor report is made of, and the day and
 * language it was shared on. The web app builds it, the server validates it with this schema and builds the
 * same report with buildReport, so the doctor's page shows only words the engine wrote.
 */
export const diarySnapshotSchema = z.strictObject({
  kind: z.literal("diary"),
  diary: diarySchema,
  today: z.iso
    .date()
    .check(z.describe("The day the report is judged on: the person's today when they shared it.")),
  lang: z.enum(LANGS),
  createdAt: z.iso.datetime({ offset: true }),
});

export type DiarySnapshot = z.infer<typeof diarySnapshotSchema>;

/** The snapshot without its diary, which parseDiary checks with its own clearer messages (version, ids). */
const envelopeSchema = z.strictObject({ ...diarySnapshotSchema.shape, diary: z.optional(z.unknown()) });

/**
 * Validates a diary snapshot, naming every bad field under `prefix` (the envelope and the diary together);
 * throws a ValidationError.
 */
export function parseDiarySnapshot(input: unknown, prefix: readonly string[] = []): DiarySnapshot {
  const { issues, collect } = issueCollector();
  const envelope = collect(() => parseWith(envelopeSchema, input, prefix));
  const diary: Diary | undefined = isJsonObject(input)
    ? collect(() => parseDiary(input.diary, [...prefix, "diary"]))
    : undefined;
  if (issues.length > 0 || !envelope || !diary) throw new ValidationError(issues);
  return { ...envelope, diary };
}

export const isDiarySnapshot = (value: unknown): value is { kind: "diary" } =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "diary";
