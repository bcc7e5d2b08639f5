import { languageOfText } from "./detect-language.ts";
import { normalize } from "./normalize.ts";
import { LEXICONS, type UnderstandOptions, type Understood, understand } from "./understand.ts";

/**
 * Reads a description for the interview: in `options.lang` when the caller knows it, otherwise in the language
 * the text itself is written in. Undefined when that language is unknown or mixed: nothing is pre-filled and
 * the interview asks everything.
 * @example readDescription("me duele la espalda desde ayer")?.lang // "es"
 */
export function readDescription(text: string, options: UnderstandOptions = {}): Understood | undefined {
  if (options.lang !== undefined) return understand(text, options);
  const lang = languageOfText(normalize(text).text, text, Object.values(LEXICONS));
  return lang === undefined ? undefined : understand(text, { ...options, lang });
}
