import type { InterviewState, Lang } from "@backtalk/engine";
import type { ColdTimerState } from "../timer/cold-timer.ts";
import { db } from "./db.ts";

/** The check in progress or last finished: plain JSON, so it survives reloads and app updates. */
export interface CheckRecord {
  readonly state: InterviewState;
  /** Answers given on the current screen but not yet submitted. */
  readonly draft: Draft | null;
  /** Local date (YYYY-MM-DD) the check finished, the "today" of its plan; null while in progress. */
  readonly finishedOn: string | null;
}

export interface Draft {
  readonly screen: string;
  readonly answers: Readonly<Record<string, unknown>>;
}

/** Every named record in the kv store, with its type. */
export interface KvRecords {
  lang: Lang;
  /** ISO 3166 code chosen by the person, or "other". */
  country: string;
  check: CheckRecord;
  coldTimer: ColdTimerState;
  coldCautionsAcknowledged: boolean;
  walkReminders: boolean;
  lastWalkReminderAt: number;
}

export type KvKey = keyof KvRecords;

export async function getKv<K extends KvKey>(key: K): Promise<KvRecords[K] | undefined> {
  return (await (await db()).get("kv", key)) as KvRecords[K] | undefined;
}

export async function setKv<K extends KvKey>(key: K, value: KvRecords[K]): Promise<void> {
  await (await db()).put("kv", value, key);
}

export async function deleteKv(key: KvKey): Promise<void> {
  await (await db()).delete("kv", key);
}
