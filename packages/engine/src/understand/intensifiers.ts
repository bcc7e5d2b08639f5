import type { Lexicon } from "./lexicon.ts";
import { type Normalized, type Replacement, replaceSpans } from "./normalize.ts";

const intensifierPatterns = new WeakMap<Lexicon, RegExp>();

/** Drops words that only add force ("really", "muy") and the space after them; the text still maps to the original. */
export function dropIntensifiers(norm: Normalized, lexicon: Lexicon): Normalized {
  let re = intensifierPatterns.get(lexicon);
  if (re === undefined) {
    re = new RegExp(`\\b(?:${lexicon.intensifiers})\\s+(?=[a-zñ])`, "g");
    intensifierPatterns.set(lexicon, re);
  }
  const dropped: Replacement[] = [];
  for (const match of norm.text.matchAll(re))
    dropped.push({ start: match.index, end: match.index + match[0].length, by: "" });
  return replaceSpans(norm, dropped);
}
