import { LANGUAGES } from "../locales/languages.ts";
import type { Lang, Lexicon } from "./lexicon.ts";

/**
 * The language whose most frequent words the text uses most; when counts tie, the one language whose telltale
 * characters (ñ, ¿, an accent) appear. Undefined when nothing tells them apart ("escalofrios"): the caller then
 * reads the text every way. Runs on normalised text (see normalize.ts), so "espalda" and "ESPALDA" count alike.
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
  const top = Math.max(...scores.map((s) => s.score));
  const leaders = scores.filter((s) => s.score === top);
  if (leaders.length === 1) return leaders[0]?.lang;
  const marked = leaders.filter(({ lang }) =>
    [...LANGUAGES[lang].telltale].some((mark) => original.toLowerCase().includes(mark)),
  );
  return marked.length === 1 ? marked[0]?.lang : undefined;
}
