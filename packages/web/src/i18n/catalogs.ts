import type { Lang, Messages } from "@backtalk/engine";
import { MESSAGES } from "./engine-catalogs.ts";
import type { UiMessages } from "./ui-messages.ts";

/** All of one language's words: the app's own and the engine's clinical texts, downloaded together. */
export interface LanguagePack {
  readonly ui: UiMessages;
  readonly clinical: Messages;
}

/**
 * Each language's catalog is src/locales/<lang>.ts, a chunk of its own, so a page downloads only its own words.
 * The server names the chunk of the page's language in <link rel="modulepreload"> (build/route-preloads.ts),
 * so it arrives beside the entry script. A language in LANGUAGES without a catalog fails the catalog tests.
 */
const fetchLanguage = (lang: Lang): Promise<LanguagePack> => import(`../locales/${lang}.ts`);

const loaded = new Map<Lang, LanguagePack>();

/** Downloads a language's words once; every later call answers from memory. */
export async function loadLanguage(lang: Lang): Promise<LanguagePack> {
  const known = loaded.get(lang);
  if (known) return known;
  const { ui, clinical }: LanguagePack = await fetchLanguage(lang);
  const pack = { ui, clinical };
  loaded.set(lang, pack);
  MESSAGES[lang] = pack.clinical;
  return pack;
}

/** A language's words, which must have been loaded first (the app loads a language before showing it). */
export function languagePack(lang: Lang): LanguagePack {
  const pack = loaded.get(lang);
  if (!pack) throw new Error(`The words of "${lang}" are used before they were loaded`);
  return pack;
}
