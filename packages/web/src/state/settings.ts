import { DEFAULT_LANG, type Lang, messagesFor } from "@backtalk/engine";
import { computed, signal } from "@preact/signals";
import { en } from "../i18n/en.ts";
import { es } from "../i18n/es.ts";
import type { UiMessages } from "../i18n/ui-messages.ts";
import { getKv, setKv } from "../storage/kv.ts";
import { chooseCountry, chooseLang, emergencyFor, OTHER_COUNTRY } from "./preferences.ts";

export const UI: Readonly<Record<Lang, UiMessages>> = { en, es };

export const lang = signal<Lang>(DEFAULT_LANG);
/** ISO code, "other", or undefined when nothing says which country. */
export const country = signal<string | undefined>(undefined);

/** The app's own words in the current language. */
export const ui = computed(() => UI[lang.value]);
/** The engine's clinical texts in the current language. */
export const text = computed(() => messagesFor(lang.value));
export const emergency = computed(() => emergencyFor(country.value));
/** The ISO code to hand to the engine; undefined when unknown or "another country" (the engine's fallback). */
export const countryCode = computed(() => (country.value === OTHER_COUNTRY ? undefined : country.value));

const browserLanguages = (): readonly string[] =>
  typeof navigator === "undefined"
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language];

function applyLang(value: Lang): void {
  lang.value = value;
  if (typeof document !== "undefined") document.documentElement.lang = value;
}

/** Reads the remembered choices; storage trouble leaves the browser's defaults in place. */
export async function loadSettings(): Promise<void> {
  const [storedLang, storedCountry] = await Promise.all([
    getKv("lang").catch(() => undefined),
    getKv("country").catch(() => undefined),
  ]);
  applyLang(chooseLang(storedLang, browserLanguages()));
  country.value = chooseCountry(storedCountry, browserLanguages());
}

export function setLang(value: Lang): void {
  applyLang(value);
  void setKv("lang", value).catch(() => undefined);
}

export function setCountry(value: string): void {
  country.value = value;
  void setKv("country", value).catch(() => undefined);
}
