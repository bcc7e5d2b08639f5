import { createHash } from "node:crypto";

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

/** The exact hashes ("sha256-...") of the inline style and script blocks a page carries. */
export interface InlineHashes {
  readonly styles?: readonly string[];
  readonly scripts?: readonly string[];
}

/** The hash a policy names to allow one inline block with exactly this text. */
export function inlineHash(text: string): string {
  return `sha256-${createHash("sha256").update(text).digest("base64")}`;
}

const quoted = (hashes: readonly string[]) => hashes.map((hash) => `'${hash}'`).join(" ");

/**
 * The same policy for a page that carries inline blocks, each allowed by its exact hash (the start page's
 * inline style sheet, the result page's early paint). Still no 'unsafe-inline'.
 */
export function withInlineHashes(policy: string, { styles = [], scripts = [] }: InlineHashes): string {
  let allowed = policy;
  if (styles.length > 0) allowed = allowed.replace("style-src 'self'", `style-src 'self' ${quoted(styles)}`);
  if (scripts.length > 0)
    allowed = allowed.replace("script-src 'self'", `script-src 'self' ${quoted(scripts)}`);
  return allowed;
}

export function policyWithStyleHashes(hashes: readonly string[]): string {
  return withInlineHashes(CONTENT_SECURITY_POLICY, { styles: hashes });
}

export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join("; ");
