import { fileURLToPath } from "node:url";
import type { DatabaseTarget } from "./db/open-database.ts";
import { targetFromEnv } from "./db/open-database.ts";
import { DEFAULT_RATE_LIMITS, type RateLimit, type RateLimits } from "./http/rate-limit.ts";

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseTarget;
  readonly webRoot: string;
  readonly purgeIntervalMs: number;
  readonly trustedProxies: number;
  /** The address people and clients reach the server at; FHIR canonical URLs are built from it. */
  readonly publicBaseUrl: string;
  /** How long shutdown waits for in-flight requests before closing their connections. */
  readonly shutdownGraceMs: number;
  /** false when RATE_LIMITS=off (load tests and benchmarks from one client only). */
  readonly rateLimits: RateLimits | false;
  /** Origins (scheme://host[:port]) whose web pages may call the API; none by default. */
  readonly corsOrigins: readonly string[];
}

function integer(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

/** A limit from two variables: either one 0 turns it off; a missing one keeps the default. */
function rateLimit(
  env: Record<string, string | undefined>,
  prefix: string,
  fallback: RateLimit | false,
  per: { name: string; seconds: number },
): RateLimit | false {
  const defaults = fallback || { burst: 0, perSecond: 0 };
  const burst = integer(env, `${prefix}_BURST`, defaults.burst, 0, 1_000_000);
  const rate = integer(
    env,
    `${prefix}_${per.name}`,
    Math.round(defaults.perSecond * per.seconds),
    0,
    1_000_000,
  );
  if (burst === 0 || rate === 0) return false;
  return { burst, perSecond: rate / per.seconds };
}

function origins(raw: string | undefined): readonly string[] {
  const list = (raw ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || parsed.origin !== origin) {
      throw new Error(
        `CORS_ORIGINS must list origins such as https://clinic.example, comma-separated (got "${origin}")`,
      );
    }
  }
  return list;
}

/**
 * Reads the environment: HOST (127.0.0.1), PORT (3000; 0 picks a free port), DATA_DIR (./data),
 * DATABASE_URL (postgres://... switches to PostgreSQL), WEB_ROOT (packages/web/dist),
 * PURGE_INTERVAL_MS (1 hour), TRUSTED_PROXIES (0), SHUTDOWN_GRACE_MS (10 s), RATE_LIMITS (on; "off" for load
 * tests), RATE_LIMIT_ASSESS_BURST (1000), RATE_LIMIT_ASSESS_PER_SECOND (50), RATE_LIMIT_SHARES_BURST (10),
 * RATE_LIMIT_SHARES_PER_HOUR (10), CORS_ORIGINS (none). packages/server/README.md explains each.
 * PUBLIC_BASE_URL (http://localhost:<PORT>).
 */
export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const port = integer(env, "PORT", 3000, 0, 65_535);
  return {
    host: env.HOST?.trim() || "127.0.0.1",
    port,
    publicBaseUrl: publicBaseUrl(env.PUBLIC_BASE_URL, port),
    database: targetFromEnv(env),
    webRoot: env.WEB_ROOT?.trim() || fileURLToPath(new URL("../../web/dist", import.meta.url)),
    purgeIntervalMs: integer(env, "PURGE_INTERVAL_MS", 3_600_000, 1_000, 86_400_000),
    trustedProxies: integer(env, "TRUSTED_PROXIES", 0, 0, 10),
    shutdownGraceMs: integer(env, "SHUTDOWN_GRACE_MS", 10_000, 0, 300_000),
    rateLimits: rateLimitsOn(env.RATE_LIMITS) && {
      assess: rateLimit(env, "RATE_LIMIT_ASSESS", DEFAULT_RATE_LIMITS.assess, {
        name: "PER_SECOND",
        seconds: 1,
      }),
      shares: rateLimit(env, "RATE_LIMIT_SHARES", DEFAULT_RATE_LIMITS.shares, {
        name: "PER_HOUR",
        seconds: 3600,
      }),
    },
    corsOrigins: origins(env.CORS_ORIGINS),
  };
}

function rateLimitsOn(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "on") return true;
  if (value === "off") return false;
  throw new Error(`RATE_LIMITS must be "on" or "off" (got "${raw}")`);
}

/** PUBLIC_BASE_URL: an absolute http(s) URL with no query or fragment; a trailing slash is dropped. */
function publicBaseUrl(raw: string | undefined, port: number): string {
  const value = raw?.trim();
  if (!value) return `http://localhost:${port}`;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new Error(
      `PUBLIC_BASE_URL must be an absolute http(s) URL without query or fragment, e.g. https://clinic.example/backtalk (got "${value}")`,
    );
  }
  return value.replace(/\/+$/, "");
}
