import { parseAccept } from "hono/utils/accept";

/** The quality (0 to 1) an Accept header gives one media range named exactly; 0 when it is not named. */
export function qualityOf(accept: string | undefined, mediaRange: string): number {
  const named = parseAccept(accept ?? "").find((range) => range.type.toLowerCase() === mediaRange);
  return named?.q ?? 0;
}
