/**
 * Structured logs: one JSON object per line. Callers pass only operational fields (ids, routes, codes,
 * timings). Never a request body, a token, a URL path with a token in it, or anything about a person's health.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Writes to stdout in batches: every line logged in one turn of the event loop goes out in one write.
 * stdout to a pipe or file is synchronous in Node on Linux, so a write per request line would cost each
 * request a system call. Lines still pending when the process exits are written then.
 */
let sharedBatch: ((line: string) => void) | undefined;
export function batchedStdout(): (line: string) => void {
  sharedBatch ??= newBatch();
  return sharedBatch;
}

function newBatch(): (line: string) => void {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = pending.join("");
    pending = [];
    process.stdout.write(chunk);
  };
  process.on("exit", flush);
  return (line) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

export function jsonLogger(write: (line: string) => void = batchedStdout()): Logger {
  const log = (level: string, message: string, fields: Record<string, unknown> = {}) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields })}\n`);
  return {
    info: (message, fields) => log("info", message, fields),
    error: (message, fields) => log("error", message, fields),
  };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };

/** A logger that keeps its lines, for tests that check what is (and is not) logged. */
export function memoryLogger(): Logger & { readonly lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const keep =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      lines.push({ level, msg: message, ...fields });
  return { lines, info: keep("info"), error: keep("error") };
}
