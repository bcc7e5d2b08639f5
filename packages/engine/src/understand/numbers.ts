import type { Lang } from "./lexicon.ts";
import { regex } from "./regex.ts";

/** Number words of one language; vague ones ("a few") carry a lower confidence. */
interface NumberWords {
  readonly units: Readonly<Record<string, number>>;
  readonly tens: Readonly<Record<string, number>>;
  /** Joins tens and units: "sixty-seven", "sesenta y siete". */
  readonly join: string;
  /** Whole phrases, tried first: "a couple of", "un par de", "veintidos". */
  readonly phrases: Readonly<Record<string, number>>;
  /** Quantities that are only a guess. */
  readonly vague: readonly string[];
  /** Articles that count as one before a unit of time ("a week ago", "hace una semana"). */
  readonly articles: readonly string[];
}

const EN: NumberWords = {
  units: {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  },
  tens: {
    twenty: 20,
    thirty: 30,
    forty: 40,
    fourty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  },
  join: "[- ]",
  phrases: { "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, few: 3, several: 3, "a dozen": 12 },
  vague: ["a few", "few", "several"],
  articles: ["a", "an", "one"],
};

const ES: NumberWords = {
  units: {
    cero: 0,
    uno: 1,
    una: 1,
    un: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    trece: 13,
    catorce: 14,
    quince: 15,
    dieciseis: 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    veinte: 20,
    veintiun: 21,
    veintiuno: 21,
    veintiuna: 21,
    veintidos: 22,
    veintitres: 23,
    veinticuatro: 24,
    veinticinco: 25,
    veintiseis: 26,
    veintisiete: 27,
    veintiocho: 28,
    veintinueve: 29,
    cien: 100,
  },
  tens: { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 },
  join: " y ",
  phrases: {
    "un par de": 2,
    "unos pocos": 3,
    "unas pocas": 3,
    "unos cuantos": 3,
    "unas cuantas": 3,
    varios: 3,
    varias: 3,
  },
  vague: ["unos pocos", "unas pocas", "unos cuantos", "unas cuantas", "varios", "varias"],
  articles: ["un", "una", "uno"],
};

export const NUMBER_WORDS: Readonly<Record<Lang, NumberWords>> = { en: EN, es: ES };

const byLength = (words: Iterable<string>): string[] => [...words].sort((a, b) => b.length - a.length);

const DIGITS = String.raw`\d{1,3}(?:[.,]\d+)?`;

/**
 * Regex source for an exact number in digits or words (no vague words). With `articles: false`, words that are
 * also articles ("un", "una") are left out, so "tengo un dolor" is not the number one.
 */
export function numberSource(lang: Lang, { articles = true }: { articles?: boolean } = {}): string {
  const words = NUMBER_WORDS[lang];
  const unitWords = Object.keys(words.units).filter(
    (word) => articles || !words.articles.includes(word) || word === "one" || word === "uno",
  );
  const units = byLength(unitWords).join("|");
  const tens = byLength(Object.keys(words.tens)).join("|");
  return `(?:${DIGITS}|(?:${tens})(?:${words.join}(?:${units}))?|${units})`;
}

/** Regex source for a quantity: a number, a vague quantity, or an article meaning one. */
export function quantitySource(lang: Lang): string {
  const words = NUMBER_WORDS[lang];
  const phrases = byLength([...Object.keys(words.phrases), ...words.articles]).join("|");
  return `(?:${phrases}|${numberSource(lang)})`;
}

/** The value of a number written in digits or words, with a confidence (lower for "a few"). */
export function parseNumber(text: string, lang: Lang): { value: number; confidence: number } | undefined {
  const words = NUMBER_WORDS[lang];
  const clean = text.trim().replace(/\s+/g, " ");
  if (/^\d/.test(clean)) return { value: Number(clean.replace(",", ".")), confidence: 1 };
  const phrase = words.phrases[clean];
  if (phrase !== undefined) return { value: phrase, confidence: words.vague.includes(clean) ? 0.45 : 0.9 };
  if (words.articles.includes(clean)) return { value: 1, confidence: 0.9 };
  const [tens, units] = clean.split(regex(words.join));
  const tensValue = tens === undefined ? undefined : words.tens[tens];
  if (tensValue !== undefined) {
    const unitsValue = units === undefined ? 0 : words.units[units];
    return unitsValue === undefined ? undefined : { value: tensValue + unitsValue, confidence: 1 };
  }
  const single = words.units[clean];
  return single === undefined ? undefined : { value: single, confidence: 1 };
}

const ORDINALS: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
  en: {
    first: 1,
    "1st": 1,
    second: 2,
    "2nd": 2,
    third: 3,
    "3rd": 3,
    fourth: 4,
    "4th": 4,
    fifth: 5,
    "5th": 5,
    sixth: 6,
    "6th": 6,
  },
  es: {
    primera: 1,
    primer: 1,
    primero: 1,
    segunda: 2,
    segundo: 2,
    tercera: 3,
    tercer: 3,
    tercero: 3,
    cuarta: 4,
    cuarto: 4,
    quinta: 5,
    quinto: 5,
    sexta: 6,
    sexto: 6,
  },
};

const TIMES: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
  en: { once: 1, twice: 2, "one time": 1 },
  es: { "una vez": 1 },
};

/** "third" -> 3, "tercera" -> 3. */
export const parseOrdinal = (text: string, lang: Lang): number | undefined => ORDINALS[lang][text.trim()];

/** "twice" -> 2, "3 times" -> 3, "dos veces" -> 2, "cuatro" -> 4. */
export function parseCount(text: string, lang: Lang): number | undefined {
  const clean = text.trim();
  const fixed = TIMES[lang][clean];
  if (fixed !== undefined) return fixed;
  return parseNumber(clean.replace(/\s+(?:times|veces)$/, ""), lang)?.value;
}
