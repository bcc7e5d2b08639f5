/**
 * Emergency and health-advice numbers by ISO 3166 country code (spec/clinical-brief.md §6.1).
 * The device locale is only a default: the person confirms their country.
 */
export interface EmergencyNumbers {
  readonly emergency: string;
  /** A non-urgent medical advice line, where the country has one. */
  readonly advice?: string;
}

export const EMERGENCY_NUMBERS: Readonly<Record<string, EmergencyNumbers>> = {
  US: { emergency: "911" },
  CA: { emergency: "911", advice: "811" },
  GB: { emergency: "999", advice: "111" },
  IE: { emergency: "112" },
  AU: { emergency: "000", advice: "1800 022 222" },
  NZ: { emergency: "111", advice: "0800 611 116" },
  IN: { emergency: "112" },
  JP: { emergency: "119" },
  KR: { emergency: "119" },
  CN: { emergency: "120" },
  HK: { emergency: "999" },
  SG: { emergency: "995" },
  ZA: { emergency: "10177" },
  BR: { emergency: "192" },
  MX: { emergency: "911" },
  IL: { emergency: "101" },
  // EU/EEA: 112 everywhere; a few national advice lines.
  DE: { emergency: "112", advice: "116117" },
  FR: { emergency: "112", advice: "15" },
  ES: { emergency: "112" },
  IT: { emergency: "112" },
  PT: { emergency: "112" },
  NL: { emergency: "112" },
  BE: { emergency: "112" },
  AT: { emergency: "112" },
  SE: { emergency: "112" },
  DK: { emergency: "112" },
  FI: { emergency: "112" },
  NO: { emergency: "112" },
  PL: { emergency: "112" },
  CZ: { emergency: "112" },
  GR: { emergency: "112" },
  RO: { emergency: "112" },
  HU: { emergency: "112" },
};

/** Used when the country is unknown: 112 reaches emergency services from most mobiles in many countries. */
export const FALLBACK_EMERGENCY_NUMBER = "112";

export function emergencyNumbersFor(country: string | undefined): EmergencyNumbers & { known: boolean } {
  const entry = country ? EMERGENCY_NUMBERS[country.toUpperCase()] : undefined;
  return entry ? { ...entry, known: true } : { emergency: FALLBACK_EMERGENCY_NUMBER, known: false };
}

/** The country part of a BCP 47 tag ("es-MX" -> "MX"), or undefined. */
export function countryFromLocale(locale: string | undefined): string | undefined {
  const region = locale?.split(/[-_]/).find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}
