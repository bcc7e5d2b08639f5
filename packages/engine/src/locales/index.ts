import { en } from "./en.ts";
import { es } from "./es.ts";
import type { Lang, Messages } from "./messages.ts";

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, es };

export const messagesFor = (lang: Lang): Messages => MESSAGES[lang];

export { format, LANGS, type Lang, type Messages, pickLang } from "./messages.ts";
