import type { FactId } from "../schema/vocabulary.ts";
import { MESSAGES } from "./catalogs.ts";
import type { FactText } from "./en.ts";
import type { Lang, Messages } from "./messages.ts";

export { MESSAGES };

export const messagesFor = (lang: Lang): Messages => MESSAGES[lang];

/** One fact's texts: question and short label, and its unit, option labels or how-to-find-out where it has them. */
export const factText = (messages: Messages, fact: FactId): FactText => messages.facts[fact] as FactText;

export { DATE_STYLES, type DateStyle, formatDate } from "./dates.ts";
export type { FactText } from "./en.ts";
export {
  DEFAULT_LANG,
  dateLocaleOf,
  isLang,
  isUnderstood,
  LANGS,
  LANGUAGES,
  type Lang,
  type LanguageRow,
  langOfTag,
  UNDERSTOOD_LANGS,
  type UnderstoodLang,
} from "./languages.ts";
export { countText, format, type Messages, type PluralForms, pickLang, pluralForm } from "./messages.ts";
