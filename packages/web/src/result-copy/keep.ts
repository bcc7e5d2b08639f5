import { chooseCountry, chooseLang } from "../state/preferences.ts";
import { browserLanguages, country, lang } from "../state/settings.ts";
import { type CheckRecord, getKv, setKv } from "../storage/kv.ts";
import { copyKey } from "./early.ts";

/** Set by the build (vite.config.ts): a digest of the app's and engine's sources. */
declare const __BUILD_ID__: string;
export const BUILD_ID = typeof __BUILD_ID__ === "string" ? __BUILD_ID__ : "dev";

/**
 * Keeps a copy of the page as the result screen has just drawn it, keyed to what it was drawn from. Only
 * when what is shown is exactly what is stored: the stored check, and the language and country that the
 * stored choices give, so a copy never shows another check's result or another country's emergency number.
 */
export async function keepResultCopy(shown: CheckRecord, root: HTMLElement): Promise<void> {
  const [check, storedLang, storedCountry] = await Promise.all([
    getKv("check"),
    getKv("lang"),
    getKv("country"),
  ]);
  const languages = browserLanguages();
  if (JSON.stringify(check) !== JSON.stringify(shown)) return;
  if (chooseLang(storedLang, languages) !== lang.value) return;
  if (chooseCountry(storedCountry, languages) !== country.value) return;
  const key = copyKey(BUILD_ID, { check, lang: storedLang, country: storedCountry });
  await setKv("resultCopy", { key, html: root.innerHTML });
}
