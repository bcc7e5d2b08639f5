import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { cameOverTls, type TrustedProxies } from "./client.ts";

/**
 * Only our own origin: no CDN, no third-party script, font or analytics. Images may be data: URLs
 * (the share QR code). Nothing may frame us, embed plugins, or rebase relative URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

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
