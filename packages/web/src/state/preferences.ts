import {
  countryFromLocale,
  EMERGENCY_NUMBERS,
  type EmergencyNumbers,
  emergencyNumbersFor,
  LANGS,
  type Lang,
  pickLang,
} from "@backtalk/engine";

/** The stored language wins; otherwise the browser's first English or Spanish preference; else English. */
export function chooseLang(stored: unknown, browserLanguages: readonly string[]): Lang {
  return LANGS.includes(stored as Lang) ? (stored as Lang) : pickLang(browserLanguages);
}

/**
 * The country for the emergency number: the person's own choice, else the first region in the browser's
 * languages ("es-MX" -> MX). Undefined when neither says, and then the engine's fallback number applies.
 */
export function chooseCountry(stored: unknown, browserLanguages: readonly string[]): string | undefined {
  if (typeof stored === "string" && (stored === OTHER_COUNTRY || stored in EMERGENCY_NUMBERS)) return stored;
  for (const tag of browserLanguages) {
    const region = countryFromLocale(tag);
    if (region) return region;
  }
  return undefined;
}

/** Chosen in the picker when the person's country is not in the engine's table. */
export const OTHER_COUNTRY = "other";

export function emergencyFor(country: string | undefined): EmergencyNumbers & { known: boolean } {
  return emergencyNumbersFor(country === OTHER_COUNTRY ? undefined : country);
}

/** The countries the picker offers, sorted by their name in the UI language. */
export function countryOptions(lang: Lang): { code: string; name: string }[] {
  const names = regionNames(lang);
  return Object.keys(EMERGENCY_NUMBERS)
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

function regionNames(lang: Lang): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: "region" });
  } catch {
    return undefined;
  }
}
