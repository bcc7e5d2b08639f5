import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { getPathNoStrict } from "hono/utils/url";
import { DatabaseUnavailableError } from "./db/database-faults.ts";
import type { Database } from "./db/open-database.ts";
import { ShareStore } from "./db/share-store.ts";
import { renderDocsPage } from "./docs/docs-page.ts";
import { OPENAPI } from "./docs/openapi.ts";
import type { AppEnv } from "./env.ts";
import { SERVER_CSS, SERVER_CSS_PATH } from "./html/layout.ts";
import { cachedDocument, sendDocument } from "./http/cached-document.ts";
import type { TrustedProxies } from "./http/client.ts";
import { allowedMethods, methodNotAllowed, optionsAnswer } from "./http/method-not-allowed.ts";
import {
  databaseUnavailable,
  HttpProblem,
  notFound,
  type ProblemInit,
  problemResponse,
} from "./http/problem.ts";
import {
  DEFAULT_RATE_LIMITS,
  limiter,
  NO_LIMIT,
  type RateLimit,
  type RateLimits,
  TokenBuckets,
} from "./http/rate-limit.ts";
import { requestPipeline } from "./http/request-pipeline.ts";
import { jsonLogger, type Logger } from "./logger.ts";
import { assessRoutes } from "./routes/assess.ts";
import { fhirRoutes } from "./routes/fhir.ts";
import { healthRoutes } from "./routes/health.ts";
import { knowledgeRoutes } from "./routes/knowledge.ts";
import { sharePageRoutes } from "./routes/share-page.ts";
import { shareRoutes } from "./routes/shares.ts";
import { webRoutes } from "./routes/web.ts";

export { DEFAULT_RATE_LIMITS, type RateLimits };

/**
 * The path routes are matched on: "/api/assess/" is "/api/assess", as clients and proxies that add a slash
 * expect, and "%24" is "$", as clients that URL-encode a FHIR operation name ("$next-question") expect.
 */
const routingPath = (request: Request): string => getPathNoStrict(request).replace(/%24/gi, () => "$");

export const DEFAULT_PUBLIC_BASE_URL = "http://localhost:3000";

export interface AppOptions {
  readonly db: Database;
  /** The time now; tests move it to expire shares. */
  readonly clock?: () => Date;
  readonly logger?: Logger;
  /** The built web app (packages/web/dist); a notice page is served when absent. */
  readonly webRoot?: string;
  /** `false` turns limiting off (benchmarks only). */
  readonly rateLimits?: RateLimits | false;
  /**
   * The server's public address (PUBLIC_BASE_URL), e.g. "https://clinic.example/backtalk": every FHIR canonical
   * URL is built from it plus "/fhir". Defaults to http://localhost:3000.
   */
  readonly publicBaseUrl?: string;
  /** Reverse proxies in front of the server whose X-Forwarded-* headers are believed (default 0). */
  readonly trustedProxies?: TrustedProxies;
  /** Origins whose web pages may call the API from a browser (default none: same origin only). */
  readonly corsOrigins?: readonly string[];
}

/**
 * What another origin's page may send and read; the revoke secret travels as Authorization, a compressed
 * body names its Content-Encoding, and X-Request-Id ties a call to the server's log line both ways.
 */
const CORS = {
  allowMethods: ["GET", "HEAD", "POST", "DELETE"],
  allowHeaders: [
    "Content-Type",
    "Content-Encoding",
    "Authorization",
    "Accept-Language",
    "If-None-Match",
    "X-Request-Id",
  ],
  exposeHeaders: ["Location", "Retry-After", "ETag", "Content-Language", "X-Request-Id"],
  maxAge: 600,
};

/**
 * The whole HTTP application, without a port: main.ts serves it, tests call app.request().
 * Routes are one file each under routes/; every error leaves as application/problem+json.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? jsonLogger();
  const proxies = options.trustedProxies ?? 0;
  const limits = options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits;
  const limitOf = (limit: RateLimit | false) =>
    limit ? limiter(new TokenBuckets(limit, () => clock().getTime()), proxies) : NO_LIMIT;
  const store = new ShareStore(options.db.db, options.db.afterErase);

  const app = new Hono<AppEnv>({ getPath: routingPath });
  app.use("*", requestPipeline(logger, proxies));

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    const origins = [...options.corsOrigins];
    app.use("/api/*", cors({ origin: origins, ...CORS }));
    app.use("/fhir/*", cors({ origin: origins, ...CORS }));
  }

  app.route("/", healthRoutes(options.db));
  const assessLimit = limitOf(limits ? limits.assess : false);
  const fhirBase = `${(options.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL).replace(/\/+$/, "")}/fhir`;
  app.route("/", assessRoutes({ clock, limit: assessLimit, fhirBase }));
  app.route(
    "/",
    fhirRoutes({ base: fhirBase, clock, limit: assessLimit, fault: (error, c) => fault(error, c, logger) }),
  );
  app.route("/", knowledgeRoutes(fhirBase));
  app.route("/", shareRoutes({ store, clock, limit: limitOf(limits ? limits.shares : false) }));
  app.route("/", sharePageRoutes(store, clock));
  const openapi = cachedDocument(JSON.stringify(OPENAPI), "application/json; charset=utf-8");
  app.get("/api/openapi.json", (c) => sendDocument(c, openapi));
  const docsPage = cachedDocument(renderDocsPage(), "text/html; charset=utf-8");
  app.get("/api/docs", (c) => sendDocument(c, docsPage));
  app.get(SERVER_CSS_PATH, (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(SERVER_CSS, 200, { "Content-Type": "text/css; charset=utf-8" });
  });
  app.route("/", webRoutes(options.webRoot));

  // A known address asked with another method is 405, not 404; checked only once a request found nothing.
  const allowed = allowedMethods(() => app.routes);
  const notFoundProblem = (c: Context<AppEnv>, problem: HttpProblem) =>
    methodNotAllowed(c, allowed(c.req.path)) ?? problem;
  app.notFound(
    (c) => optionsAnswer(c, allowed(c.req.path)) ?? problemResponse(c, notFoundProblem(c, notFound()).init),
  );
  app.onError((error, c) => onError(error, c, logger, notFoundProblem));
  return app;
}

function onError(
  error: unknown,
  c: Context<AppEnv>,
  logger: Logger,
  notFoundProblem: (c: Context<AppEnv>, problem: HttpProblem) => HttpProblem,
): Response {
  if (error instanceof HttpProblem) {
    const problem = error.init.status === 404 ? notFoundProblem(c, error) : error;
    return problemResponse(c, problem.init);
  }
  return problemResponse(c, fault(error, c, logger));
}

/**
 * Describes an unexpected error: a database that does not answer is a 503 to retry; anything else is logged
 * (never the request: no body, no path with share tokens, no health data) and becomes a 500.
 */
function fault(error: unknown, c: Context<AppEnv>, logger: Logger): ProblemInit {
  if (error instanceof DatabaseUnavailableError) {
    logger.error("database unavailable", {
      requestId: c.get("requestId"),
      error: error instanceof Error ? error.message : String(error),
    });
    return databaseUnavailable().init;
  }
  logger.error("unhandled error", {
    requestId: c.get("requestId"),
    error: error instanceof Error ? `${error.name}: ${error.message}` : "non-error thrown",
    stack: error instanceof Error ? error.stack?.split("\n").slice(0, 8).join("\n") : undefined,
  });
  return {
    status: 500,
    slug: "internal-error",
    title: "Something went wrong on our side",
    detail: "the error was logged; quote the requestId if you report it",
  };
}
