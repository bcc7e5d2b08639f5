import type {
  CheckIn,
  CompletedCheck,
  ColdRound as DiaryColdRound,
  Walk as DiaryWalk,
} from "@backtalk/engine";
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from "idb";
import { DB_NAME } from "./db-name.ts";

/** A finished cold-therapy round (times are epoch milliseconds). */
export interface ColdRound {
  readonly id?: number;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly stoppedEarly: boolean;
  /** The round as the diary writes it (its own id, local times); absent on rounds logged before version 2. */
  readonly diary?: DiaryColdRound;
}

/** One logged walk: when, and the local calendar day it counts for. */
export interface WalkLog {
  readonly id?: number;
  readonly at: number;
  /** Local date, YYYY-MM-DD. */
  readonly day: string;
  /** The walk as the diary writes it; absent on walks logged before version 2. */
  readonly diary?: DiaryWalk;
}

export interface BackTalkSchema extends DBSchema {
  /** Small records by name: settings, the check in progress, the timer state. */
  kv: { key: string; value: unknown };
  coldRounds: { key: number; value: ColdRound; indexes: { byStart: number } };
  walks: { key: number; value: WalkLog; indexes: { byDay: string } };
  /** Daily check-ins, stored exactly as the diary format has them (keyed by their id). */
  checkIns: { key: string; value: CheckIn };
  /** Completed checks archived for the diary (the kv "check" holds only the latest). */
  checks: { key: string; value: CompletedCheck };
}

export type BackTalkDB = IDBPDatabase<BackTalkSchema>;
type UpgradeTx = IDBPTransaction<BackTalkSchema, StoreNames<BackTalkSchema>[], "versionchange">;

/**
 * The storage schema, one step per version: MIGRATIONS[n] upgrades version n to n + 1. Steps are never
 * edited once shipped; a change of schema appends a step, so a device on any earlier version catches up.
 */
export const MIGRATIONS: readonly ((db: BackTalkDB, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore("kv");
    db.createObjectStore("coldRounds", { keyPath: "id", autoIncrement: true }).createIndex(
      "byStart",
      "startedAt",
    );
    db.createObjectStore("walks", { keyPath: "id", autoIncrement: true }).createIndex("byDay", "day");
  },
  // Version 2 adds the diary. Older rounds and walks keep their shape; the diary reads them as they are.
  (db) => {
    db.createObjectStore("checkIns", { keyPath: "id" });
    db.createObjectStore("checks", { keyPath: "id" });
  },
];

export const DB_VERSION = MIGRATIONS.length;
export { DB_NAME };

/** Opens (and if needed upgrades) the app's database. Another tab's upgrade closes this connection. */
export function openBackTalkDB(name = DB_NAME, version = DB_VERSION): Promise<BackTalkDB> {
  return openDB<BackTalkSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) MIGRATIONS[step]?.(db, tx);
    },
    blocking() {
      void database?.then((db) => db.close());
      database = undefined;
    },
  });
}

let database: Promise<BackTalkDB> | undefined;

/** The shared connection, opened on first use. */
export function db(): Promise<BackTalkDB> {
  database ??= openBackTalkDB();
  return database;
}

/** Tests: forget the shared connection so the next call opens a fresh one. */
export async function closeDb(): Promise<void> {
  const open = database;
  database = undefined;
  if (open) (await open).close();
}
