import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";

/** A document built once at start-up, with its strong validator. */
export interface CachedDocument {
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
}

export function cachedDocument(body: string, contentType: string): CachedDocument {
  const digest = createHash("sha256").update(body).digest("base64url").slice(0, 32);
  return { body, contentType, etag: `"${digest}"` };
}

/** If-None-Match lists validators (or *); a weak W/ prefix still names the same bytes for a GET. */
const matches = (header: string | undefined, etag: string): boolean =>
  (header ?? "").split(",").some((tag) => {
    const candidate = tag.trim();
    return candidate === "*" || candidate.replace(/^W\//, "") === etag;
  });

/**
 * Sends a document with ETag and Cache-Control; 304 without a body when the client already has these bytes.
 * Documents change only with a new deployment, so clients may reuse them for five minutes and then revalidate.
 */
export function sendDocument(c: Context<AppEnv>, document: CachedDocument): Response {
  c.header("ETag", document.etag);
  c.header("Cache-Control", "public, max-age=300");
  if (matches(c.req.header("if-none-match"), document.etag)) return c.body(null, 304);
  return c.body(document.body, 200, { "Content-Type": document.contentType });
}
