import type { Diary, InterviewState, Lang, Profile } from "@backtalk/engine";
import type { ColdTimerState } from "../timer/cold-timer.ts";
import { db } from "./db.ts";

/** The check in progress or last finished: plain JSON, so it survives reloads and app updates. */
export interface CheckRecord {
  readonly state: InterviewState;
  /** Answers given on the current screen but not yet submitted. */
  readonly draft: Draft | null;
  /** Local date (YYYY-MM-DD) the check finished, the "today" of its plan; null while in progress. */
  readonly finishedOn: string | null;
  /** The id of this check in the diary's `checks`, once it has finished (changing answers keeps it). */
  readonly diaryId?: string;
  /**
   * Screens left behind by going back through the browser history, oldest first, with their answers (the
   * last may be a screen not yet sent): going forward sends them again. Sending a screen clears them.
   */
  readonly ahead?: readonly Draft[];
}

/** A share link the person made: the secret turns it off; nothing else about it is kept. */
export interface ShareRecord {
  readonly url: string;
  readonly token: string;
  readonly secret: string;
  readonly createdAt: string;
  readonly expiresAt: string;
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
  /** Facts about the person from an imported diary (the app itself asks them in the check). */
  profile: Profile;
  /** The example diary while the person explores it; their own diary stays untouched underneath. */
  demo: Diary;
  share: ShareRecord;
  /** The result screen as last drawn, painted early on the next visit while it still matches (result-copy/). */
  resultCopy: ResultCopy;
}

/** A copy of the result page's markup and the key it is valid for (result-copy/early.ts). */
export interface ResultCopy {
  readonly key: string;
  readonly html: string;
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
