import { type CompletedCheck, factsOf, localDateTime } from "@backtalk/engine";
import { resultOf } from "../check/check-session.ts";
import { db } from "../storage/db.ts";
import type { CheckRecord } from "../storage/kv.ts";
import { newId } from "./diary-store.ts";

/**
 * A finished check goes into the diary's `checks`, so the course and the doctor report see what the person
 * answered. Loaded on demand, so the interview code stays out of the first screen's JavaScript.
 */

/** The diary entry of a finished check: its facts and a summary of the engine's result. */
export function completedCheckOf(record: CheckRecord, id: string, at: Date): CompletedCheck {
  const assessment = resultOf(record, record.finishedOn ?? localDateTime(at).slice(0, 10));
  return {
    id,
    at: localDateTime(at),
    facts: factsOf(record.state),
    assessment: {
      level: assessment.level,
      rules: assessment.rules.map((rule) => rule.id),
      knowledgeVersion: assessment.knowledgeVersion,
    },
  };
}

/**
 * Writes the finished check (kv "check") and its diary entry in one transaction. A check whose answers were
 * changed keeps its diaryId, so its entry is replaced rather than repeated.
 */
export async function saveFinishedCheck(record: CheckRecord, at = new Date()): Promise<CheckRecord> {
  const stored: CheckRecord = record.diaryId ? record : { ...record, diaryId: newId("check") };
  const tx = (await db()).transaction(["kv", "checks"], "readwrite");
  await Promise.all([
    tx.objectStore("kv").put(stored, "check"),
    tx.objectStore("checks").put(completedCheckOf(stored, stored.diaryId as string, at)),
    tx.done,
  ]);
  return stored;
}

/** Noon on the day a check finished: when a check from before the diary existed is dated. */
export function noonOf(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(year as number, (month as number) - 1, day as number, 12);
}

/**
 * A check finished before this version (no diaryId yet) joins the diary the first time the diary is read.
 * Returns the record as now stored, or null when there was nothing to do.
 */
export async function archiveEarlierCheck(): Promise<CheckRecord | null> {
  const record = (await (await db()).get("kv", "check")) as CheckRecord | undefined;
  if (!record?.finishedOn || record.diaryId) return null;
  return saveFinishedCheck(record, noonOf(record.finishedOn));
}
