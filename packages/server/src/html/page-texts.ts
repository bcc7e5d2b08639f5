import type { Locale } from "../env.ts";
import { en, type PageTexts } from "../locales/en.ts";
import { es } from "../locales/es.ts";

export type { PageTexts } from "../locales/en.ts";

/** The words of the server's own pages, one catalog per language (clinical content comes from the engine). */
export const PAGE_TEXTS: Readonly<Record<Locale, PageTexts>> = { en, es };
