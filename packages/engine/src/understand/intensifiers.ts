import { type Lexicon, oncePerLexicon } from "./lexicon.ts";
import { type Normalized, type Replacement, replaceSpans } from "./normalize.ts";

const intensifierPattern = oncePerLexicon(
  (lexicon) => new RegExp(`\\b(?:${lexicon.intensifiers})\\s+(?=[a-zñ])`, "g"),
);

/** Drops words that only add force ("really", "muy") and the space after them; the text still maps to the original. */
export function dropIntensifiers(norm: Normalized, lexicon: Lexicon): Normalized {
  const dropped: Replacement[] = [];
  for (const match of norm.text.matchAll(intensifierPattern(lexicon)))
    dropped.push({ start: match.index, end: match.index + match[0].length, by: "" });
  return replaceSpans(norm, dropped);
}
