import type { PurgeResult, ShareStore } from "../db/share-store.ts";
import type { Logger } from "../logger.ts";

export interface PurgeJob {
  /** Runs one purge now (also what the timer calls). */
  runOnce(): Promise<PurgeResult | undefined>;
  stop(): void;
}

/**
 * Wipes expired shares every `intervalMs` (and once at start). Several servers may run it at once:
 * the queries are idempotent. A failure is logged and retried at the next tick; it never stops the server.
 */
export function startPurgeJob(
  store: ShareStore,
  clock: () => Date,
  logger: Logger,
  intervalMs: number,
): PurgeJob {
  let running: Promise<PurgeResult | undefined> | undefined;
  const runOnce = () => {
    running ??= store
      .purge(clock())
      .then((result) => {
        if (result.wiped > 0 || result.deleted > 0) logger.info("purged shares", { ...result });
        return result;
      })
      .catch((error: unknown) => {
        logger.error("purge failed", { error: error instanceof Error ? error.message : String(error) });
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(runOnce, intervalMs);
  // The timer alone must not keep the process alive (shutdown closes the server, then exits).
  timer.unref();
  void runOnce();
  return {
    runOnce,
    stop: () => clearInterval(timer),
  };
}
