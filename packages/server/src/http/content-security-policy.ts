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

/**
 * The same policy for a page that carries inline style blocks, each allowed by its exact hash (the web build
 * inlines the style sheet into the start page so it paints on arrival). Still no 'unsafe-inline'.
 */
export function policyWithStyleHashes(hashes: readonly string[]): string {
  if (hashes.length === 0) return CONTENT_SECURITY_POLICY;
  const allowed = hashes.map((hash) => `'${hash}'`).join(" ");
  return CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' ${allowed}`);
}

export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join("; ");
