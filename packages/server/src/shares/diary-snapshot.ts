import {
  type Diary,
  type FieldIssue,
  isLang,
  LANGS,
  type Lang,
  parseDiary,
  ValidationError,
} from "@backtalk/engine";

/**
 * A diary snapshot: what the web app's "Share with a doctor" sends. The server keeps the diary part the
 * report is made of and builds the report itself with the engine (buildReport), so the doctor's page shows
 * the same report as the person's phone, in words only the engine wrote.
 */
export interface DiarySnapshot {
  readonly kind: "diary";
  readonly diary: Diary;
  /** The day the report is judged on: the person's today when they shared it. */
  readonly today: string;
  readonly lang: Lang;
  readonly createdAt: string;
}

const KEYS = ["kind", "diary", "today", "lang", "createdAt"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isDate = (value: unknown): value is string =>
  typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Every problem with a diary snapshot, each with its path (empty when it is valid). */
export function diarySnapshotIssues(snapshot: Readonly<Record<string, unknown>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(snapshot)) {
    if (!KEYS.includes(key))
      issues.push({
        path: `snapshot.${key}`,
        code: "unknown_field",
        message: `"${key}" is not allowed here; allowed: ${KEYS.join(", ")}`,
      });
  }
  if (!isDate(snapshot.today))
    issues.push({
      path: "snapshot.today",
      code: "invalid_type",
      message: "must be a date such as 2026-11-25",
    });
  if (!isLang(snapshot.lang))
    issues.push({
      path: "snapshot.lang",
      code: "invalid_value",
      message: `must be one of ${LANGS.map((lang) => `"${lang}"`).join(", ")}`,
    });
  if (
    typeof snapshot.createdAt !== "string" ||
    snapshot.createdAt.length > 40 ||
    Number.isNaN(Date.parse(snapshot.createdAt))
  )
    issues.push({
      path: "snapshot.createdAt",
      code: "invalid_type",
      message: "must be a date and time in ISO 8601 form",
    });
  try {
    parseDiary(snapshot.diary);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues)
      issues.push({ ...issue, path: issue.path ? `snapshot.diary.${issue.path}` : "snapshot.diary" });
  }
  return issues;
}

export const isDiarySnapshot = (snapshot: unknown): snapshot is DiarySnapshot =>
  typeof snapshot === "object" && snapshot !== null && (snapshot as { kind?: unknown }).kind === "diary";
