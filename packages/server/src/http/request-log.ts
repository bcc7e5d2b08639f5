import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "../env.ts";
import type { Logger } from "../logger.ts";

/** An incoming X-Request-Id is kept only if it is short and plain, so it cannot smuggle data into the logs. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives each request an id (echoed in X-Request-Id and in problem bodies) and logs one line when it ends:
 * id, method, the route pattern (never the concrete path: share tokens live in paths), status and duration.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    try {
      await next();
    } finally {
      c.res.headers.set("X-Request-Id", requestId);
      logger.info("request", {
        requestId,
        method: c.req.method,
        // routeIndex is left at the deepest handler that ran, i.e. the one that answered.
        route: routePath(c),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
      });
    }
  };
}
