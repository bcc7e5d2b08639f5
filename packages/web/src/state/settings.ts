import { DEFAULT_LANG, type Lang, messagesFor } from "@backtalk/engine";
import { computed, signal } from "@preact/signals";
import { languagePack, loadLanguage } from "../i18n/catalogs.ts";
import { getKv, setKv } from "../storage/kv.ts";
import { chooseCountry, chooseLang, emergencyFor, OTHER_COUNTRY } from "./preferences.ts";

export const lang = signal<Lang>(DEFAULT_LANG);
/** ISO code, "other", or undefined when nothing says which country. */
export const country = signal<string | undefined>(undefined);

/** The app's own words in the current language (loaded before the language is shown: see showLang). */
export const ui = computed(() => languagePack(lang.value).ui);
/** The diary screens' words (see diary-messages.ts). */
export const diaryText = computed(() => ui.value.diary);
/** The words of the own-words box and "What you told us" (see describe-messages.ts). */
export const describeText = computed(() => ui.value.describe);
/** The engine's clinical texts in the current language. */
export const text = computed(() => messagesFor(lang.value));
export const emergency = computed(() => emergencyFor(country.value));
/** The ISO code to hand to the engine; undefined when unknown or "another country" (the engine's fallback). */
export const countryCode = computed(() => (country.value === OTHER_COUNTRY ? undefined : country.value));

export const browserLanguages = (): readonly string[] =>
  typeof navigator === "undefined"
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language];

let wanted: Lang | undefined;

/** Shows the app in a language once its words have arrived; of two quick choices, the later one wins. */
export async function showLang(value: Lang): Promise<void> {
  wanted = value;
  await loadLanguage(value);
  if (wanted !== value) return;
  lang.value = value;
  if (typeof document !== "undefined") document.documentElement.lang = value;
}

/** Reads the remembered choices; storage trouble leaves the browser's defaults in place. */
export async function loadSettings(): Promise<void> {
  const [storedLang, storedCountry] = await Promise.all([
    getKv("lang").catch(() => undefined),
    getKv("country").catch(() => undefined),
  ]);
  await showLang(chooseLang(storedLang, browserLanguages()));
  country.value = chooseCountry(storedCountry, browserLanguages());
}

export async function setLang(value: Lang): Promise<void> {
  void setKv("lang", value).catch(() => undefined);
  await showLang(value);
}

export function setCountry(value: string): void {
  country.value = value;
  void setKv("country", value).catch(() => undefined);
}
