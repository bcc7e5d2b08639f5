import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { cameOverTls, type TrustedProxies } from "./client.ts";
import { CONTENT_SECURITY_POLICY } from "./content-security-policy.ts";

/** The headers every response carries, including those Node writes itself (see client-errors.ts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
const ENTRIES = Object.entries(SECURITY_HEADERS);

/** Sets the security headers on every response, errors and static files included. */
export function securityHeaders(proxies: TrustedProxies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of ENTRIES) headers.set(name, value);
    // Over plain HTTP an HSTS header is ignored by browsers and would only mislead; send it only behind TLS.
    if (cameOverTls(c, proxies))
      headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  };
}
