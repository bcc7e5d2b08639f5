import { format, type Lang, pluralForm } from "@backtalk/engine";

/**
 * A message that depends on a count, one text per plural category of the language ("one", "other", ...),
 * chosen by Intl.PluralRules, so no text ever says "1 days" or "minute(s)". `{count}` is filled in.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

/** The text for `count` in `lang`, with `{count}` and any other placeholders filled in. */
export function countText(
  lang: Lang,
  count: number,
  forms: PluralForms,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return format(pluralForm(lang, count, forms), { ...values, count });
}

/**
 * A catalog text whose counts are written `{days, plural, one {# day} other {# days}}` (ICU's plural syntax,
 * `#` is the count), for a message with several counts; each form is chosen by the language's plural rules.
 */
export function countsText(
  lang: Lang,
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return format(template, values, lang);
}
