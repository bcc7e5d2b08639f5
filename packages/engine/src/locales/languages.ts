/** What the engine and every shell need to know about a language, beside its catalogs. */
export interface LanguageRow {
  /** The language's name in itself, for a language picker. */
  readonly name: string;
  /** The BCP 47 locale its dates are written in ("en-GB": Wednesday 16 December 2026, day first). */
  readonly dateLocale: string;
  /** The locale whose plural rules (Intl.PluralRules) choose a counted phrase's form. */
  readonly pluralLocale: string;
  /** Whether the engine reads the person's own words in this language (it has a lexicon). */
  readonly understood: boolean;
  /** Characters that, when word counts tie, tell this language's text from the others' (empty: none). */
  readonly telltale: string;
  /**
   * The country whose emergency number is offered when only the language is known. Null when the language is
   * spoken in countries with different numbers: then 112, with a note to check it.
   */
  readonly emergencyRegion: string | null;
}

/**
 * Every language BackTalk speaks, one row each. Each package keeps one catalog per language (src/locales/<lang>.ts)
 * in a map keyed by these codes, so adding a row makes `tsc` name each map still missing one; the web app finds
 * its catalog by name, and a missing one fails its catalog tests. A language whose words are not understood
 * needs no lexicon. The server, CLI, OpenAPI document and web app read their lists of languages here.
 */
export const LANGUAGES = {
  en: {
    name: "English",
    dateLocale: "en-GB",
    pluralLocale: "en",
    understood: true,
    telltale: "",
    emergencyRegion: null,
  },
  es: {
    name: "Español",
    dateLocale: "es",
    pluralLocale: "es",
    understood: true,
    telltale: "ñáéíóúü¿¡",
    emergencyRegion: null,
  },
} as const satisfies Record<string, LanguageRow>;

export type Lang = keyof typeof LANGUAGES;

/** Languages whose words the engine reads. */
export type UnderstoodLang = {
  [K in Lang]: (typeof LANGUAGES)[K]["understood"] extends true ? K : never;
}[Lang];

/** Every language code, in the table's order (the first is the default). */
export const LANGS = Object.keys(LANGUAGES) as [Lang, ...Lang[]];

/** Whether the engine reads the person's own words in this language. */
export const isUnderstood = (lang: Lang): lang is UnderstoodLang => LANGUAGES[lang].understood;

/** The languages whose words the engine reads, in the table's order. */
export const UNDERSTOOD_LANGS: readonly UnderstoodLang[] = LANGS.filter(isUnderstood);

/** Used when nothing the person or their device says matches a language we speak. */
export const DEFAULT_LANG: Lang = LANGS[0];

export const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && Object.hasOwn(LANGUAGES, value);

/**
 * The language of ours a BCP 47 tag names, by its primary subtag in any case ("es-MX", "ES", "es_419" are
 * Spanish); undefined for any other language or value.
 */
export const langOfTag = (tag: unknown): Lang | undefined => {
  if (typeof tag !== "string") return undefined;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLang(primary) ? primary : undefined;
};

/** The locale to write dates in for this language. */
export const dateLocaleOf = (lang: Lang): string => LANGUAGES[lang].dateLocale;
