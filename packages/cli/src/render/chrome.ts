import type { Lang } from "@backtalk/engine";
import { type Chrome, en } from "../locales/en.ts";
import { es } from "../locales/es.ts";

export type { Chrome } from "../locales/en.ts";

/** The command line's own words, one catalog per language (clinical wording comes from the engine). */
export const CHROME: Readonly<Record<Lang, Chrome>> = { en, es };

export const chromeFor = (lang: Lang): Chrome => CHROME[lang];
