/**
 * BackTalk's Content-Security-Policy, in one place: the server sends it as a header on every response and the
 * web build writes it into the page as a meta tag (for offline use). Only our own origin: no CDN, no
 * third-party script, font or analytics. Images may be data: URLs (the share QR code). No 'unsafe-inline'.
 */
const DIRECTIVES = [
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
];

/** Nothing may frame us; a meta tag cannot say so, so only the header carries frame-ancestors. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join("; ");

export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join("; ");
