import type { Lang, Lexicon } from "./lexicon.ts";

/**
 * English or Spanish, by counting each language's most frequent words; ñ, ¿, ¡ or an accent break a tie towards
 * Spanish. Undefined when nothing tells them apart ("escalofrios"): the caller then reads the text both ways.
 * Runs on normalised text (see normalize.ts), so "espalda" and "ESPALDA" count alike.
 */
export function detectLanguage(
  normalised: string,
  original: string,
  lexicons: readonly Lexicon[],
): Lang | undefined {
  const words = normalised.match(/[a-zñ']+/g) ?? [];
  const scores = lexicons.map((lexicon) => {
    const stopwords = new Set(lexicon.stopwords);
    return { lang: lexicon.lang, score: words.filter((word) => stopwords.has(word)).length };
  });
  const en = scores.find((s) => s.lang === "en")?.score ?? 0;
  const es = scores.find((s) => s.lang === "es")?.score ?? 0;
  if (es !== en) return es > en ? "es" : "en";
  return /[ñáéíóúü¿¡]/i.test(original) ? "es" : undefined;
}
