import { format, type Lang } from "@backtalk/engine";

/**
 * A message that depends on a count, one text per plural category of the language ("one", "other", ...),
 * chosen by Intl.PluralRules, so no text ever says "1 days" or "minute(s)". `{count}` is filled in.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

const rules = new Map<Lang, Intl.PluralRules>();

const rulesFor = (lang: Lang): Intl.PluralRules => {
  let found = rules.get(lang);
  if (!found) {
    found = new Intl.PluralRules(lang);
    rules.set(lang, found);
  }
  return found;
};

/** The text for `count` in `lang`, with `{count}` and any other placeholders filled in. */
export function countText(
  lang: Lang,
  count: number,
  forms: PluralForms,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = forms[rulesFor(lang).select(count)] ?? forms.other;
  return format(form, { ...values, count });
}
