import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import {
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  SqliteDialect,
  sql,
} from "kysely";
import pg from "pg";
import { guarded, isUnavailable } from "./database-faults.ts";
import type { Db, Schema } from "./schema.ts";

export type DatabaseTarget =
  | { readonly kind: "sqlite"; readonly file: string }
  | {
      readonly kind: "postgres";
      readonly url: string;
      /** Schema to work in (tests use a fresh one each); the server uses the URL's default. */
      readonly searchPath?: string;
      readonly maxConnections?: number;
      /** Longest a query may run, and longest to wait for a connection, in ms (defaults 5000 and 2000). */
      readonly queryTimeoutMs?: number;
      readonly connectTimeoutMs?: number;
    };

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseTarget["kind"];
  /** Clears bytes freed by a delete off the disk where the database can (SQLite's WAL); never throws. */
  afterErase(): Promise<void>;
  /** Resolves when the database can take a write now (it answers and is not read-only); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * DATABASE_URL (postgres:// or postgresql://) wins; otherwise a SQLite file in DATA_DIR.
 * DATABASE_TIMEOUT_MS (PostgreSQL, default 5000) bounds each query, so a frozen database means a 503, not a hang.
 */
export function targetFromEnv(env: {
  DATABASE_URL?: string;
  DATA_DIR?: string;
  DATABASE_TIMEOUT_MS?: string;
}): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error("DATABASE_URL must start with postgres:// or postgresql://");
    const timeout = env.DATABASE_TIMEOUT_MS?.trim();
    if (!timeout) return { kind: "postgres", url };
    const queryTimeoutMs = Number(timeout);
    if (!Number.isInteger(queryTimeoutMs) || queryTimeoutMs < 100 || queryTimeoutMs > 600_000)
      throw new Error(`DATABASE_TIMEOUT_MS must be a whole number from 100 to 600000 (got "${timeout}")`);
    return { kind: "postgres", url, queryTimeoutMs };
  }
  return { kind: "sqlite", file: join(env.DATA_DIR?.trim() || "./data", "backtalk.sqlite") };
}

/**
 * How long one SQLite statement may wait for another process's lock. better-sqlite3 is synchronous, so this
 * wait freezes the whole server: it stays short, and guarded() retries with pauses that leave the event
 * loop free, then answers 503.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5;

function openSqlite(file: string): SQLite.Database {
  if (file !== ":memory:") mkdirSync(join(file, ".."), { recursive: true });
  const connection = new SQLite(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL: readers never block the writer. synchronous=FULL: each commit is fsynced to the WAL before the
  // client gets its answer, so an acknowledged write survives kill -9 and also a power cut or OS crash.
  // NORMAL would survive kill -9 (the OS still holds the pages) but may lose the last commits on power loss;
  // share creation is rare enough that the extra fsync costs nothing users notice (see the benchmark).
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // Deleted rows are overwritten with zeros in the file, not just marked free (see docs/deletion.md).
  connection.pragma("secure_delete = ON");
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
      // Taking the write lock (and giving it straight back) proves the file is writable and not held by
      // another process; a plain select would succeed on a locked or read-only file.
      ping: () =>
        guarded(async () => {
          if (connection.inTransaction) return;
          connection.prepare("BEGIN IMMEDIATE").run();
          connection.prepare("ROLLBACK").run();
        }),
      // secure_delete zeroed the freed space in the pages; the WAL still holds the old page images until
      // they are copied back and the log is truncated. If a reader blocks it, the next erase finishes the job.
      afterErase: async () => {
        try {
          connection.pragma("wal_checkpoint(TRUNCATE)");
        } catch {
          // busy: retried by the next revoke or purge
        }
      },
      close: () => db.destroy(),
    };
  }
  const queryTimeout = target.queryTimeoutMs ?? 5_000;
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.maxConnections ?? 10,
    connectionTimeoutMillis: target.connectTimeoutMs ?? 2_000,
    // The server cancels a slow statement; the client gives up too, for a server that is frozen and cannot.
    statement_timeout: queryTimeout,
    query_timeout: queryTimeout + 500,
    idle_in_transaction_session_timeout: queryTimeout * 2,
    keepAlive: true,
    ...(target.searchPath ? { options: `-c search_path=${target.searchPath}` } : {}),
  });
  // A client that loses its connection emits "error" whether it is idle in the pool or checked out by a
  // query; without a listener Node would exit. The pool's own "error" only covers idle clients, so every
  // client gets a listener for its whole life. Queries on it fail and become 503s; the pool replaces it.
  pool.on("connect", (client) => client.on("error", onConnectionError));
  pool.on("error", () => {});
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: discardingBroken(pool) }) });
  return {
    db,
    kind: "postgres",
    // Snapshots are sealed with a key only the link holds, so dead row versions left for VACUUM are unreadable.
    afterErase: async () => {},
    ping: () =>
      guarded(async () => {
        const { rows } = await sql<{
          writable: boolean;
        }>`select current_setting('transaction_read_only') = 'off' as writable`.execute(db);
        if (!rows[0]?.writable) throw new Error("the database is read-only (a standby in recovery?)");
      }),
    close: () => db.destroy(),
  };
}

/**
 * The pool as kysely sees it, except that a client whose query failed for a connection fault or a timeout
 * is destroyed on release instead of going back to the pool: after a read timeout pg would otherwise queue
 * the next query behind the one that never answered.
 */
function discardingBroken(pool: pg.Pool): PostgresPool {
  return {
    connect: async (): Promise<PostgresPoolClient> => {
      const client = await pool.connect();
      let broken: Error | undefined;
      const query = async (text: string, parameters: readonly unknown[]) => {
        try {
          return await client.query(text, parameters as unknown[]);
        } catch (error) {
          if (isUnavailable(error)) broken = error as Error;
          throw error;
        }
      };
      return {
        query: query as unknown as PostgresPoolClient["query"],
        release: () => client.release(broken),
      };
    },
    end: () => pool.end(),
  };
}
