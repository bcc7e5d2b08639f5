import type { Lang, Messages } from "@backtalk/engine";

/**
 * Takes the place of the engine's map of every language's catalog in the browser build
 * (build/language-chunks.ts): it starts empty and loadLanguage fills in each language as it arrives, so the
 * engine's `messagesFor` finds the language the page shows without the app shipping the others.
 */
export const MESSAGES: Partial<Record<Lang, Messages>> = {};
