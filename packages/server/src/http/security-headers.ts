import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { cameOverTls, type TrustedProxies } from "./client.ts";
import { CONTENT_SECURITY_POLICY } from "./content-security-policy.ts";

/** Sets the security headers on every response, errors and static files included. */
export function securityHeaders(proxies: TrustedProxies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    // Over plain HTTP an HSTS header is ignored by browsers and would only mislead; send it only behind TLS.
    if (cameOverTls(c, proxies))
      headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  };
}
