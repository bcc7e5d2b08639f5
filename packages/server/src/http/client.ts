import type { Context } from "hono";
import type { AppEnv } from "../env.ts";

/**
 * How many reverse proxies in front of the server add themselves to X-Forwarded-For (0 = none, the default).
 * Forwarded headers are believed only when this says a proxy is there; otherwise any client could fake them.
 */
export type TrustedProxies = number;

function socketOf(c: Context<AppEnv>): { remoteAddress?: string; encrypted?: boolean } | undefined {
  return c.env?.incoming?.socket as { remoteAddress?: string; encrypted?: boolean } | undefined;
}

/** The client's address: the socket peer, or with N trusted proxies the N-th X-Forwarded-For entry from the right. */
export function clientAddress(c: Context<AppEnv>, proxies: TrustedProxies): string {
  const peer = socketOf(c)?.remoteAddress ?? "unknown";
  if (proxies <= 0) return peer;
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  return forwarded[forwarded.length - proxies] ?? forwarded[0] ?? peer;
}

/** True when the request reached us over TLS, directly or (behind a trusted proxy) per X-Forwarded-Proto. */
export function cameOverTls(c: Context<AppEnv>, proxies: TrustedProxies): boolean {
  if (socketOf(c)?.encrypted === true) return true;
  if (proxies <= 0) return false;
  const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
}
