import { LANGS, type Lang } from "@backtalk/engine";
import { loadLanguage } from "./catalogs.ts";
import type { UiMessages } from "./ui-messages.ts";

/** Every language's words, loaded, for tests that find a screen's text through its catalog. */
export const UI = Object.fromEntries(
  await Promise.all(LANGS.map(async (lang) => [lang, (await loadLanguage(lang)).ui] as const)),
) as Readonly<Record<Lang, UiMessages>>;

/** One part of every language's words, keyed by language like a catalog. */
export const eachLanguage = <Part>(pick: (words: UiMessages) => Part): Readonly<Record<Lang, Part>> =>
  Object.fromEntries(LANGS.map((lang) => [lang, pick(UI[lang])])) as Record<Lang, Part>;
