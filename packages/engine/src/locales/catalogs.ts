import { en } from "./en.ts";
import { es } from "./es.ts";
import type { Lang } from "./languages.ts";
import type { Messages } from "./messages.ts";

/**
 * Every language's catalog, one file each beside this one. The web app's build puts a map it fills one language
 * at a time in this module's place (packages/web/build/language-chunks.ts), so a page downloads only its own.
 */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, es };
