import type { Lexicon } from "./lexicon.ts";
import type { Normalized } from "./normalize.ts";

const voices = new WeakMap<
  Lexicon,
  { readonly re: RegExp; readonly table: Readonly<Record<string, string>> }
>();

/**
 * In a text written for a relative, what is said of them is the person's own symptom: "no puede mover las
 * piernas" reads as "no puedo mover las piernas", so every first-person phrasing of the lexicon reads it too.
 * Only phrases of the same length are swapped, so the text still maps to the original character by character.
 */
export function inThePersonsVoice(norm: Normalized, lexicon: Lexicon): Normalized {
  const table = lexicon.relativeAsPerson;
  if (table === undefined) return norm;
  let voice = voices.get(lexicon);
  if (voice === undefined) {
    const phrases = Object.keys(table)
      .filter((phrase) => phrase.length === table[phrase]?.length)
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.replace(/\s+/g, " "));
    voice = { re: new RegExp(`\\b(?:${phrases.join("|")})\\b`, "g"), table };
    voices.set(lexicon, voice);
  }
  const { table: own } = voice;
  const text = norm.text.replace(voice.re, (phrase) => own[phrase] ?? phrase);
  return text === norm.text ? norm : { ...norm, text };
}
