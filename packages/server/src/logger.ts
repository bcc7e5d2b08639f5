/**
 * Structured logs: one JSON object per line. Callers pass only operational fields (ids, routes, codes,
 * timings). Never a request body, a token, a URL path with a token in it, or anything about a person's health.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
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
