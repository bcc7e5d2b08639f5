import { LANGUAGES } from "../locales/languages.ts";
import type { Lang, Lexicon } from "./lexicon.ts";

/** Frequent words of each language, without the ones both share ("no"), counted in normalised text. */
function scores(normalised: string, lexicons: readonly Lexicon[]): { lang: Lang; score: number }[] {
  const words = normalised.match(/[a-zñ']+/g) ?? [];
  const sets = lexicons.map((lexicon) => new Set(lexicon.stopwords));
  const shared = (word: string) => sets.filter((set) => set.has(word)).length > 1;
  return lexicons.map((lexicon, index) => ({
    lang: lexicon.lang,
    score: words.filter((word) => sets[index]?.has(word) && !shared(word)).length,
  }));
}

/**
 * The language of a description when nobody said which: English or Spanish, or undefined when nothing tells
 * them apart or both are clearly there (each with at least 2 frequent words, the lesser at least a third of
 * the other). Then the words are not read at all and the interview asks everything without pre-filling.
 */
export function languageOfText(
  normalised: string,
  original: string,
  lexicons: readonly Lexicon[],
): Lang | undefined {
  const counted = scores(normalised, lexicons).sort((a, b) => b.score - a.score);
  const [first, second] = counted;
  if (first && second && second.score >= 2 && second.score * 3 >= first.score) return undefined;
  return detectLanguage(normalised, original, lexicons);
}

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
