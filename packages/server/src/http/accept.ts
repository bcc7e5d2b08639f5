import { parseAccept } from "hono/utils/accept";

/**
 * The quality (0 to 1) of each value an Accept-style header names (Accept, Accept-Encoding,
 * Accept-Language), lower-cased; a value named twice keeps its best quality. Parsed by hono, once per header.
 */
export function qualities(header: string | undefined): Map<string, number> {
  const named = new Map<string, number>();
  // hono sorts by quality, best first, so the first quality seen for a value is its best.
  for (const { type, q } of parseAccept(header ?? "")) {
    const value = type.toLowerCase();
    if (!named.has(value)) named.set(value, q);
  }
  return named;
}
