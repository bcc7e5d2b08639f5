import { fileURLToPath } from "node:url";
import type { DatabaseTarget } from "./db/open-database.ts";
import { targetFromEnv } from "./db/open-database.ts";

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseTarget;
  readonly webRoot: string;
  readonly purgeIntervalMs: number;
  readonly trustedProxies: number;
  /** How long shutdown waits for in-flight requests before closing their connections. */
  readonly shutdownGraceMs: number;
  /** false when RATE_LIMITS=off (load tests and benchmarks from one client only). */
  readonly rateLimits: boolean;
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

/**
 * Reads the environment: HOST (127.0.0.1), PORT (3000; 0 picks a free port), DATA_DIR (./data),
 * DATABASE_URL (postgres://... switches to PostgreSQL), WEB_ROOT (packages/web/dist),
 * PURGE_INTERVAL_MS (1 hour), TRUSTED_PROXIES (0), SHUTDOWN_GRACE_MS (10 s), RATE_LIMITS (on; "off" for load tests).
 */
export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  return {
    host: env.HOST?.trim() || "127.0.0.1",
    port: integer(env, "PORT", 3000, 0, 65_535),
    database: targetFromEnv(env),
    webRoot: env.WEB_ROOT?.trim() || fileURLToPath(new URL("../../web/dist", import.meta.url)),
    purgeIntervalMs: integer(env, "PURGE_INTERVAL_MS", 3_600_000, 1_000, 86_400_000),
    trustedProxies: integer(env, "TRUSTED_PROXIES", 0, 0, 10),
    shutdownGraceMs: integer(env, "SHUTDOWN_GRACE_MS", 10_000, 0, 300_000),
    rateLimits: rateLimitsOn(env.RATE_LIMITS),
  };
}

function rateLimitsOn(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "on") return true;
  if (value === "off") return false;
  throw new Error(`RATE_LIMITS must be "on" or "off" (got "${raw}")`);
}
