// Test support only: real databases (a temp SQLite file; PostgreSQL when TEST_PG_URL is set) and an app on them.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type AppOptions, createApp } from "../app.ts";
import { migrateToLatest } from "../db/migrations.ts";
import { type Database, openDatabase } from "../db/open-database.ts";
import { ShareStore } from "../db/share-store.ts";
import { memoryLogger } from "../logger.ts";

export type DatabaseKind = "sqlite" | "postgres";
export const TEST_PG_URL = process.env.TEST_PG_URL;

/** Both kinds; a suite skips PostgreSQL when TEST_PG_URL is unset (CI always sets it). */
export const DATABASE_KINDS: readonly DatabaseKind[] = ["sqlite", "postgres"];
export const skipKind = (kind: DatabaseKind): boolean => kind === "postgres" && !TEST_PG_URL;

export interface TestDatabase {
  readonly database: Database;
  /** Closes the database and removes its file or schema. */
  cleanup(): Promise<void>;
}

/** A fresh, migrated database: a new SQLite file in a temp folder, or a new schema on the test PostgreSQL. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "backtalk-test-"));
    const database = openDatabase({ kind: "sqlite", file: join(dir, "backtalk.sqlite") });
    await migrateToLatest(database.db);
    return {
      database,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!TEST_PG_URL) throw new Error("TEST_PG_URL is not set");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase({
    kind: "postgres",
    url: TEST_PG_URL,
    searchPath: schema,
    maxConnections: 4,
  });
  await migrateToLatest(database.db);
  return {
    database,
    cleanup: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** A clock that tests move forward by hand. */
export function manualClock(start = "2026-03-02T09:00:00.000Z") {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advanceDays: (days: number) => {
      now += days * 86_400_000;
    },
    advanceMs: (ms: number) => {
      now += ms;
    },
  };
}

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly database: Database;
  readonly store: ShareStore;
  readonly clock: ReturnType<typeof manualClock>;
  readonly logger: ReturnType<typeof memoryLogger>;
  cleanup(): Promise<void>;
}

export async function openTestApp(kind: DatabaseKind, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const { database, cleanup } = await openTestDatabase(kind);
  const clock = manualClock();
  const logger = memoryLogger();
  const app = createApp({ db: database, clock: clock.now, logger, ...options });
  return { app, database, store: new ShareStore(database.db, database.afterErase), clock, logger, cleanup };
}

/** POSTs a JSON body (given as a value, or as raw text when a string) with app.request(). */
export function postJson(
  app: TestApp["app"],
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back and assert on its parts.
type AnyJson = any;

/** A response's JSON body, typed loosely for assertions. */
export const json = async (response: Response | Promise<Response>): Promise<AnyJson> =>
  (await response).json();
