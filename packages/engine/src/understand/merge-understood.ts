import type { FactId, Facts } from "../schema/vocabulary.ts";
import { parseFacts } from "../validate.ts";
import type { Understood } from "./understand.ts";
import { isUrgentSign } from "./warning-signs.ts";

/**
 * Adds what the text understood to the facts already known, without ever changing an answer the person gave:
 * only unknown facts are filled. A warning sign read from text is added only once the person has confirmed it
 * (`confirmed`), so one explicit question stands between a misread word and an emergency result.
 * @example mergeUnderstood({ fever: false }, understand("fever and chills")) // { fever: false }
 */
export function mergeUnderstood(
  existing: Facts,
  understood: Pick<Understood, "facts">,
  confirmed: readonly FactId[] = [],
): Facts {
  const merged: Record<string, unknown> = { ...existing };
  for (const [fact, value] of Object.entries(understood.facts) as [FactId, NonNullable<Facts[FactId]>][]) {
    if (merged[fact] !== undefined) continue;
    if (isUrgentSign(fact, value) && !confirmed.includes(fact)) continue;
    merged[fact] = value;
  }
  return parseFacts(merged);
}
