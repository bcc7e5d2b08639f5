import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "../env.ts";
import type { Logger } from "../logger.ts";
import { cameOverTls, type TrustedProxies } from "./client.ts";
import { langQuery, negotiateLocale } from "./locale.ts";
import { SECURITY_HEADERS } from "./security-headers.ts";

/** An incoming X-Request-Id is kept only if it is short and plain, so it cannot smuggle data into the logs. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const SECURITY_ENTRIES = Object.entries(SECURITY_HEADERS);
const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Everything every request goes through, in one middleware (one pass costs far less than three):
 * - a request id (kept from X-Request-Id when plain, else new), echoed in X-Request-Id and problem bodies;
 * - the locale from ?lang= or Accept-Language, named in Content-Language on JSON answers;
 * - the security headers on every response, errors and static files included (HSTS only behind TLS:
 *   over plain HTTP browsers ignore it and it would only mislead);
 * - one log line when it ends: id, method, the route pattern (never the concrete path: share tokens live in
 *   paths), status and duration. Never a body, a token or health data.
 */
export function requestPipeline(logger: Logger, proxies: TrustedProxies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    const asked = c.req.url.includes("lang=") ? langQuery(c.req.query("lang")) : undefined;
    c.set("locale", asked ?? negotiateLocale(c.req.header("accept-language")));
    try {
      await next();
    } finally {
      const headers = c.res.headers;
      for (const [name, value] of SECURITY_ENTRIES) {
        // A page with hashed inline style sets its own, otherwise identical, policy (policyWithStyleHashes).
        if (name === "Content-Security-Policy" && headers.has(name)) continue;
        headers.set(name, value);
      }
      if (cameOverTls(c, proxies)) headers.set("Strict-Transport-Security", HSTS);
      headers.set("X-Request-Id", requestId);
      if (headers.get("content-type")?.startsWith("application/json")) {
        headers.set("Content-Language", c.get("locale"));
        headers.append("Vary", "Accept-Language");
      }
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
