import { type Lexicon, oncePerLexicon } from "./lexicon.ts";
import { type Normalized, type Replacement, replaceSpans } from "./normalize.ts";

/** "me ha escapado"-style phrases of the listed participles, and each participle's past. */
const tenseOf = oncePerLexicon((lexicon) => {
  const table = lexicon.perfectAsPast ?? {};
  const participles = Object.keys(table).sort((a, b) => b.length - a.length);
  return {
    re: new RegExp(`\\b((?:se )?(?:me|te|le|nos|les|os)) (han?) (${participles.join("|")})\\b`, "g"),
    table,
  };
});

/**
 * "Se me ha escapado el pis" tells the same event as "se me escapo el pis", and the lexicon's phrasings are
 * written in the simple past: a pronoun, "ha" or "han" and a listed participle are read as that past. The new
 * words map to the whole phrase they replace, so evidence still points at what the person wrote.
 */
export function inSimplePast(norm: Normalized, lexicon: Lexicon): Normalized {
  if (lexicon.perfectAsPast === undefined) return norm;
  const { re, table } = tenseOf(lexicon);
  const replacements: Replacement[] = [];
  for (const match of norm.text.matchAll(re)) {
    const [phrase, pronouns, auxiliary, participle] = match as unknown as [string, string, string, string];
    const [one, several] = (table[participle] ?? "").split("/");
    const past = auxiliary === "han" ? several : one;
    if (!past) continue;
    replacements.push({ start: match.index, end: match.index + phrase.length, by: `${pronouns} ${past}` });
  }
  return replaceSpans(norm, replacements);
}
