/**
 * Telling a database that cannot answer right now (down, restarting, frozen, locked by another process) from
 * a query that is wrong. The first is a 503 with Retry-After and the request can be repeated; the second is
 * a bug and stays a 500.
 */

/** Seconds a client is told to wait before trying again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * PostgreSQL SQLSTATE classes that mean "not now" rather than "wrong query": 08 connection exception,
 * 53 insufficient resources, 57 operator intervention (shutdown, crash, cannot connect now, statement
 * timeout), 58 system error. Classes 22 (data), 23 (constraint) and 42 (syntax) are bugs.
 */
const PG_UNAVAILABLE_CLASSES = new Set(["08", "53", "57", "58"]);

/** Node socket errors and pg's own messages when the server vanished or did not answer in time. */
const NODE_UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
const PG_CLIENT_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Client was closed|connection timeout|Connection ended/i;

/** SQLite result codes (better-sqlite3's `code`) that mean another process holds the lock or the disk is unwell. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|PROTOCOL)/;

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (SQLITE_UNAVAILABLE.test(code) || NODE_UNAVAILABLE_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code)) return PG_UNAVAILABLE_CLASSES.has(code.slice(0, 2));
  }
  return PG_CLIENT_MESSAGES.test(error.message);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one database operation. A SQLite lock held by another process is retried with growing pauses (the
 * event loop stays free meanwhile) until `budgetMs` is spent; any fault that means "not now" leaves as
 * DatabaseUnavailableError. Other errors pass through unchanged.
 */
export async function guarded<T>(operation: () => Promise<T>, budgetMs = 2_000): Promise<T> {
  const deadline = performance.now() + budgetMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (isBusy(error) && performance.now() < deadline) {
        await pause(Math.min(10 * 2 ** attempt, 100));
        continue;
      }
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    }
  }
}
