import type { en } from "./en.ts";
import { DEFAULT_LANG, isLang, type Lang } from "./languages.ts";

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

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than hiding text. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
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
