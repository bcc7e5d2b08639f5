import { type Context, Hono } from "hono";
import { DatabaseUnavailableError } from "./db/database-faults.ts";
import type { Database } from "./db/open-database.ts";
import { ShareStore } from "./db/share-store.ts";
import { renderDocsPage } from "./docs/docs-page.ts";
import { OPENAPI } from "./docs/openapi.ts";
import type { AppEnv } from "./env.ts";
import { SERVER_CSS, SERVER_CSS_PATH } from "./html/layout.ts";
import type { TrustedProxies } from "./http/client.ts";
import { databaseUnavailable, HttpProblem, notFound, problemResponse } from "./http/problem.ts";
import { type RateLimit, rateLimit, TokenBuckets } from "./http/rate-limit.ts";
import { requestPipeline } from "./http/request-pipeline.ts";
import { jsonLogger, type Logger } from "./logger.ts";
import { assessRoutes } from "./routes/assess.ts";
import { healthRoutes } from "./routes/health.ts";
import { knowledgeRoutes } from "./routes/knowledge.ts";
import { sharePageRoutes } from "./routes/share-page.ts";
import { shareRoutes } from "./routes/shares.ts";
import { webRoutes } from "./routes/web.ts";

export interface RateLimits {
  /** POST /api/assess and POST /api/interview together. */
  readonly assess: RateLimit;
  /** POST /api/shares. */
  readonly shares: RateLimit;
}

/** Generous for a person (an interview is about ten calls), tight enough to blunt scripted abuse. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  assess: { burst: 60, perSecond: 1 },
  shares: { burst: 10, perSecond: 10 / 3600 },
};

export interface AppOptions {
  readonly db: Database;
  /** The time now; tests move it to expire shares. */
  readonly clock?: () => Date;
  readonly logger?: Logger;
  /** The built web app (packages/web/dist); a notice page is served when absent. */
  readonly webRoot?: string;
  /** `false` turns limiting off (benchmarks only). */
  readonly rateLimits?: RateLimits | false;
  /** Reverse proxies in front of the server whose X-Forwarded-* headers are believed (default 0). */
  readonly trustedProxies?: TrustedProxies;
}

/**
 * The whole HTTP application, without a port: main.ts serves it, tests call app.request().
 * Routes are one file each under routes/; every error leaves as application/problem+json.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? jsonLogger();
  const proxies = options.trustedProxies ?? 0;
  const limits = options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits;
  const limiter = (limit: RateLimit | undefined) =>
    limit ? rateLimit(new TokenBuckets(limit, () => clock().getTime()), proxies) : passThrough;
  const store = new ShareStore(options.db.db, options.db.afterErase);

  const app = new Hono<AppEnv>();
  app.use("*", requestPipeline(logger, proxies));

  app.route("/", healthRoutes(options.db));
  app.route("/", assessRoutes({ clock, limit: limiter(limits ? limits.assess : undefined) }));
  app.route("/", knowledgeRoutes());
  app.route("/", shareRoutes({ store, clock, limit: limiter(limits ? limits.shares : undefined) }));
  app.route("/", sharePageRoutes(store, clock));
  app.get("/api/openapi.json", (c) => c.json(OPENAPI));
  app.get("/api/docs", (c) => c.html(renderDocsPage()));
  app.get(SERVER_CSS_PATH, (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(SERVER_CSS, 200, { "Content-Type": "text/css; charset=utf-8" });
  });
  app.route("/", webRoutes(options.webRoot));

  app.notFound((c) => problemResponse(c, notFound().init));
  app.onError((error, c) => onError(error, c, logger));
  return app;
}

const passThrough = async (_c: Context<AppEnv>, next: () => Promise<void>) => {
  await next();
};

function onError(error: unknown, c: Context<AppEnv>, logger: Logger): Response {
  if (error instanceof HttpProblem) return problemResponse(c, error.init);
  if (error instanceof DatabaseUnavailableError) {
    logger.error("database unavailable", {
      requestId: c.get("requestId"),
      error: error instanceof Error ? error.message : String(error),
    });
    return problemResponse(c, databaseUnavailable().init);
  }
  // Log the fault, never the request: no body, no path (share tokens), no health data.
  logger.error("unhandled error", {
    requestId: c.get("requestId"),
    error: error instanceof Error ? `${error.name}: ${error.message}` : "non-error thrown",
    stack: error instanceof Error ? error.stack?.split("\n").slice(0, 8).join("\n") : undefined,
  });
  return problemResponse(c, {
    status: 500,
    slug: "internal-error",
    title: "Something went wrong on our side",
    detail: "the error was logged; quote the requestId if you report it",
  });
}
