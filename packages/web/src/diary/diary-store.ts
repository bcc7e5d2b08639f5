import {
  type CheckIn,
  type CompletedCheck,
  DIARY_FORMAT,
  DIARY_VERSION,
  type Diary,
  type ColdRound as DiaryColdRound,
  type Walk as DiaryWalk,
  localDateTime,
  type Profile,
} from "@backtalk/engine";
import { type ColdRound, db, type WalkLog } from "../storage/db.ts";
import type { KvKey } from "../storage/kv.ts";
import { localDay } from "../storage/logs.ts";

/**
 * The diary on this device: check-ins and archived checks in their own stores (already in the diary format),
 * cold rounds and walks in the stores the timer and walk screens write. Every write that touches more than
 * one record is one IndexedDB transaction, so it lands whole or not at all.
 */

/** Everything the diary is made of, as stored. */
export interface StoredDiary {
  readonly checkIns: readonly CheckIn[];
  readonly checks: readonly CompletedCheck[];
  readonly coldRounds: readonly ColdRound[];
  readonly walks: readonly WalkLog[];
  readonly profile?: Profile | undefined;
}

/** A new id that never repeats on this device (and practically never across devices). */
export function newId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${Date.now().toString(36)}-${[...random].map((n) => n.toString(36)).join("")}`;
}

const byTime = <T>(items: readonly T[], at: (item: T) => string): T[] =>
  [...items].sort((a, b) => Date.parse(at(a)) - Date.parse(at(b)));

/** A cold round as the diary writes it; rounds logged by the timer get an id and local times here. */
export function diaryColdRound(round: ColdRound): DiaryColdRound {
  return (
    round.diary ?? {
      id: `cold-${round.startedAt}`,
      startedAt: localDateTime(new Date(round.startedAt)),
      endedAt: localDateTime(new Date(round.endedAt)),
    }
  );
}

export function diaryWalk(walk: WalkLog): DiaryWalk {
  return walk.diary ?? { id: `walk-${walk.at}`, at: localDateTime(new Date(walk.at)) };
}

/** Ids must be unique in each list; two entries logged in the same millisecond get a suffix. */
function uniqueIds<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.map((item) => {
    let id = item.id;
    for (let n = 2; seen.has(id); n++) id = `${item.id}-${n}`;
    seen.add(id);
    return id === item.id ? item : { ...item, id };
  });
}

/** Assembles the diary export from what is stored, every list in time order. */
export function diaryFromStored(stored: StoredDiary, now: Date): Diary {
  return {
    format: DIARY_FORMAT,
    version: DIARY_VERSION,
    exportedAt: localDateTime(now),
    ...(stored.profile ? { profile: stored.profile } : {}),
    checkIns: byTime(stored.checkIns, (checkIn) => checkIn.at),
    checks: byTime(stored.checks, (check) => check.at),
    coldRounds: uniqueIds(byTime(stored.coldRounds.map(diaryColdRound), (round) => round.startedAt)),
    walks: uniqueIds(byTime(stored.walks.map(diaryWalk), (walk) => walk.at)),
  };
}

/** The person's own diary (never the demo). */
export async function readStoredDiary(): Promise<StoredDiary> {
  const tx = (await db()).transaction(["kv", "checkIns", "checks", "coldRounds", "walks"]);
  const [checkIns, checks, coldRounds, walks, profile] = await Promise.all([
    tx.objectStore("checkIns").getAll(),
    tx.objectStore("checks").getAll(),
    tx.objectStore("coldRounds").getAll(),
    tx.objectStore("walks").getAll(),
    tx.objectStore("kv").get("profile") as Promise<Profile | undefined>,
  ]);
  await tx.done;
  return { checkIns, checks, coldRounds, walks, profile };
}

export async function readDemo(): Promise<Diary | undefined> {
  return (await (await db()).get("kv", "demo")) as Diary | undefined;
}

/** Adds a check-in to the diary being shown: the demo while it is on, else the person's own. */
export async function addCheckIn(checkIn: CheckIn): Promise<void> {
  const tx = (await db()).transaction(["kv", "checkIns"], "readwrite");
  const demo = (await tx.objectStore("kv").get("demo")) as Diary | undefined;
  await allOrNothing(tx, (writes) => {
    writes.push(
      demo
        ? tx.objectStore("kv").put({ ...demo, checkIns: [...demo.checkIns, checkIn] }, "demo")
        : tx.objectStore("checkIns").put(checkIn),
    );
  });
}

export async function startDemo(diary: Diary): Promise<void> {
  await (await db()).put("kv", { ...diary, demo: true }, "demo");
}

export async function clearDemo(): Promise<void> {
  await (await db()).delete("kv", "demo");
}

/**
 * Runs the writes of one transaction so that it lands whole or not at all. A write that throws at once (a value
 * IndexedDB cannot store) does not abort a transaction by itself, so this aborts it; a failed request does.
 */
async function allOrNothing(
  tx: { abort(): void; readonly done: Promise<void> },
  writes: (pending: Promise<unknown>[]) => void,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    writes(pending);
  } catch (error) {
    for (const write of pending) write.catch(() => undefined);
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await Promise.all([...pending, tx.done]);
}

const coldRecord = (round: DiaryColdRound): ColdRound => ({
  startedAt: Date.parse(round.startedAt),
  endedAt: Date.parse(round.endedAt ?? round.startedAt),
  stoppedEarly: false,
  diary: round,
});

const walkRecord = (walk: DiaryWalk): WalkLog => ({
  at: Date.parse(walk.at),
  // The day as written in the diary: the person's own calendar day, like the engine reads it.
  day: walk.at.slice(0, 10),
  diary: walk,
});

/**
 * Puts an imported (already validated) diary in place of the person's diary, in one transaction.
 * An example diary goes to the demo slot instead, so it stays marked and the person's data stays.
 */
export async function replaceDiary(diary: Diary): Promise<void> {
  if (diary.demo) {
    await startDemo(diary);
    return;
  }
  const tx = (await db()).transaction(["kv", "checkIns", "checks", "coldRounds", "walks"], "readwrite");
  await allOrNothing(tx, (writes) => {
    const kv = tx.objectStore("kv");
    writes.push(
      tx.objectStore("checkIns").clear(),
      tx.objectStore("checks").clear(),
      tx.objectStore("coldRounds").clear(),
      tx.objectStore("walks").clear(),
      kv.delete("demo"),
      diary.profile ? kv.put(diary.profile, "profile") : kv.delete("profile"),
    );
    for (const checkIn of diary.checkIns) writes.push(tx.objectStore("checkIns").put(checkIn));
    for (const check of diary.checks ?? []) writes.push(tx.objectStore("checks").put(check));
    for (const round of diary.coldRounds ?? [])
      writes.push(tx.objectStore("coldRounds").add(coldRecord(round)));
    for (const walk of diary.walks ?? []) writes.push(tx.objectStore("walks").add(walkRecord(walk)));
  });
}

/** Settings that are not health data and survive "delete everything". */
const KEPT: readonly KvKey[] = ["lang", "country"];

/** Deletes every piece of health data on this device in one transaction; language and country stay. */
export async function deleteEverything(): Promise<void> {
  const tx = (await db()).transaction(["kv", "checkIns", "checks", "coldRounds", "walks"], "readwrite");
  const kv = tx.objectStore("kv");
  const keys = (await kv.getAllKeys()).filter((key) => !KEPT.includes(key as KvKey));
  await allOrNothing(tx, (writes) => {
    writes.push(
      ...keys.map((key) => kv.delete(key)),
      tx.objectStore("checkIns").clear(),
      tx.objectStore("checks").clear(),
      tx.objectStore("coldRounds").clear(),
      tx.objectStore("walks").clear(),
    );
  });
}

/** Today's local date, as the diary and the engine count days. */
export const todayOf = (now: number): string => localDay(now);
