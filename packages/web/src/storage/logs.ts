import { type ColdRound, db, type WalkLog } from "./db.ts";

/** Local calendar date of a moment, YYYY-MM-DD (walks and rounds count for the person's own day). */
export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const startOfDay = (at: number): number => {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
};

export async function addColdRound(round: ColdRound): Promise<void> {
  await (await db()).add("coldRounds", round);
}

/** Rounds that started on the same local day as `now`, oldest first. */
export async function coldRoundsOn(now: number): Promise<ColdRound[]> {
  const from = startOfDay(now);
  const range = IDBKeyRange.bound(from, from + 86_400_000, false, true);
  return (await db()).getAllFromIndex("coldRounds", "byStart", range);
}

export async function addWalk(at: number): Promise<WalkLog> {
  const walk = { at, day: localDay(at) };
  const id = await (await db()).add("walks", walk);
  return { ...walk, id };
}

export async function walksOn(day: string): Promise<WalkLog[]> {
  const walks = await (await db()).getAllFromIndex("walks", "byDay", day);
  return walks.sort((a, b) => a.at - b.at);
}

export async function removeWalk(id: number): Promise<void> {
  await (await db()).delete("walks", id);
}
