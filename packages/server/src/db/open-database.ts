import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Db, Schema } from "./schema.ts";

export type DatabaseTarget =
  | { readonly kind: "sqlite"; readonly file: string }
  | {
      readonly kind: "postgres";
      readonly url: string;
      /** Schema to work in (tests use a fresh one each); the server uses the URL's default. */
      readonly searchPath?: string;
      readonly maxConnections?: number;
    };

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseTarget["kind"];
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** DATABASE_URL (postgres:// or postgresql://) wins; otherwise a SQLite file in DATA_DIR. */
export function targetFromEnv(env: { DATABASE_URL?: string; DATA_DIR?: string }): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error("DATABASE_URL must start with postgres:// or postgresql://");
    return { kind: "postgres", url };
  }
  return { kind: "sqlite", file: join(env.DATA_DIR?.trim() || "./data", "backtalk.sqlite") };
}

function openSqlite(file: string): SQLite.Database {
  if (file !== ":memory:") mkdirSync(join(file, ".."), { recursive: true });
  const connection = new SQLite(file);
  // WAL: readers never block the writer. synchronous=FULL: each commit is fsynced to the WAL before the
  // client gets its answer, so an acknowledged write survives kill -9 and also a power cut or OS crash.
  // NORMAL would survive kill -9 (the OS still holds the pages) but may lose the last commits on power loss;
  // share creation is rare enough that the extra fsync costs nothing users notice (see the benchmark).
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  // Wait for a lock instead of failing at once if another process (a backup, a second server) holds it.
  connection.pragma("busy_timeout = 5000");
  return connection;
}

/** Opens the database. Run migrateToLatest before serving. */
export function openDatabase(
  target: DatabaseTarget,
  onConnectionError: (error: Error) => void = () => {},
): Database {
  if (target.kind === "sqlite") {
    const connection = openSqlite(target.file);
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: connection }) });
    return {
      db,
      kind: "sqlite",
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      close: () => db.destroy(),
    };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(target.searchPath ? { options: `-c search_path=${target.searchPath}` } : {}),
  });
  // An idle client that loses its connection emits "error" on the pool; without a listener Node would exit.
  // The pool replaces the client by itself; /readyz reports whether the database answers.
  pool.on("error", onConnectionError);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
