import { Hono } from "hono";
import { RETRY_AFTER_SECONDS } from "../db/database-faults.ts";
import type { Database } from "../db/open-database.ts";
import type { AppEnv } from "../env.ts";
import { HttpProblem } from "../http/problem.ts";

/** How long readiness waits for the database before calling it unreachable. */
export const READY_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** GET /healthz: the process answers. GET /readyz: and its database does too (load balancers route on this). */
export function healthRoutes(database: Pick<Database, "ping" | "kind">): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/healthz", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" });
  });
  app.get("/readyz", async (c) => {
    try {
      await withTimeout(database.ping(), READY_TIMEOUT_MS);
    } catch {
      throw new HttpProblem({
        status: 503,
        slug: "not-ready",
        title: "The database is not reachable",
        headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
      });
    }
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ready", database: database.kind });
  });
  return app;
}
