import { type Lexicon, oncePerLexicon } from "./lexicon.ts";
import type { Normalized } from "./normalize.ts";

/** Every same-length phrase of `relativeAsPerson`, longest first, and what each reads as. */
const voiceOf = oncePerLexicon((lexicon) => {
  const table = lexicon.relativeAsPerson ?? {};
  const phrases = Object.keys(table)
    .filter((phrase) => phrase.length === table[phrase]?.length)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/\s+/g, " "));
  return { re: new RegExp(`\\b(?:${phrases.join("|")})\\b`, "g"), table };
});

/**
 * In a text written for a relative, what is said of them is the person's own symptom: "no puede mover las
 * piernas" reads as "no puedo mover las piernas", so every first-person phrasing of the lexicon reads it too.
 * Only phrases of the same length are swapped, so the text still maps to the original character by character.
 */
export function inThePersonsVoice(norm: Normalized, lexicon: Lexicon): Normalized {
  if (lexicon.relativeAsPerson === undefined) return norm;
  const { re, table } = voiceOf(lexicon);
  const text = norm.text.replace(re, (phrase) => table[phrase] ?? phrase);
  return text === norm.text ? norm : { ...norm, text };
}
