import { BoundedMap } from "../bounded-map.ts";
import type { en } from "./en.ts";
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from "./languages.ts";

/** Every string literal of the English catalog widened to `string`: the shape each language must fill. */
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? readonly Widen<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: Widen<T[Key]> }
      : T;

export type Messages = Widen<typeof en>;

export { LANGS, type Lang } from "./languages.ts";

/** A word for a count, by plural category (CLDR: English and Spanish use "one" and "other"). */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a word that goes with a count, chosen by the language's plural rules (Intl.PluralRules). */
export function pluralForm(
  lang: Lang,
  count: number,
  forms: PluralForms | Readonly<Record<string, string>>,
): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LANGUAGES[lang].pluralLocale);
    pluralRules.set(lang, rules);
  }
  const byCategory = forms as Readonly<Record<string, string | undefined>>;
  return byCategory[rules.select(count)] ?? (forms.other as string);
}

/** "1 day", "3 days", "1 día": a count with its word. */
export const countText = (lang: Lang, count: number, forms: PluralForms): string =>
  `${count} ${pluralForm(lang, count, forms)}`;

// {name, plural, one {# day} other {# days}}: ICU's plural syntax, one level deep; # is the count.
const PLURAL = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(\w+)\s*\{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** The forms of a plural's cases text, read once per text: catalogs are few and fixed. */
const pluralCases = new BoundedMap<string, Readonly<Record<string, string>>>(512);
const formsOf = (cases: string): Readonly<Record<string, string>> =>
  pluralCases.getOrMake(cases, () =>
    Object.fromEntries([...cases.matchAll(PLURAL_CASE)].map(([, key, text]) => [key, text])),
  );

/**
 * Fills `{name}` placeholders and `{name, plural, one {…} other {…}}` counts (by `lang`'s plural rules); a
 * missing value leaves the placeholder visible rather than hiding text. Text without a brace (or without a
 * plural) skips that pass: the result is the same and most catalog texts have none.
 */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>>,
  lang: Lang = DEFAULT_LANG,
): string {
  const counted = !template.includes(", plural,")
    ? template
    : template.replace(PLURAL, (whole, name: string, cases: string) => {
        const count = values[name];
        if (count === undefined) return whole;
        const forms = formsOf(cases);
        if (forms.other === undefined) return whole;
        // A count that is not a number (such as "?" for one the diary lacks) takes the general form.
        const form = typeof count === "number" ? pluralForm(lang, count, forms) : forms.other;
        return form.replaceAll("#", String(count));
      });
  return !counted.includes("{")
    ? counted
    : counted.replace(PLACEHOLDER, (whole, name: string) =>
        values[name] === undefined ? whole : String(values[name]),
      );
}

/** Picks one of LANGUAGES from a language tag or an Accept-Language header; the default when nothing matches. */
export function pickLang(preferences: string | readonly string[] | undefined): Lang {
  const tags = typeof preferences === "string" ? preferences.split(",") : (preferences ?? []);
  for (const tag of tags) {
    const base = tag.trim().split(";")[0]?.split(/[-_]/)[0]?.toLowerCase();
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
