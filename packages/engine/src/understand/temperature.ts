import type { LexiconPattern } from "./lexicon.ts";
import { alt, rx } from "./lexicon.ts";

// A body temperature said in digits reads the same in English and Spanish: 38.6, 39,1, 101 F. It is fever
// evidence wherever it is said (true from 38 C / 100.4 F, false below), so it can never become an age.

/** Units that make a number something other than a temperature ("38.5 kg", "36.5 weeks"), whole words only. */
const NOT_A_TEMPERATURE = alt`
  kg kgs kilos? cm mm m\b % lbs? pounds stones? weeks? wks? days? months? years? yrs? hours? hrs? mins?
  semanas? dias? meses? años? anos? horas? minutos? euros? dollars? dolares? \/ x\b
`;

/** A number that a digit, a price or a fraction does not touch. */
const ALONE = rx`(?<![\d.,/:£$€-])\b`;

export const TEMPERATURE_PATTERNS: readonly LexiconPattern[] = [
  {
    // Celsius with a decimal needs no words around it: nobody is 38.6 years old.
    fact: "fever",
    read: "temperature",
    negated: null,
    confidence: 0.85,
    re: rx`${ALONE}(?<n>3[5-9][.,]\d|4[0-2][.,]\d)\b(?![.,]?\d|\s*${NOT_A_TEMPERATURE}(?![a-zñ]))`,
  },
  {
    fact: "fever",
    read: "temperature",
    negated: null,
    re: rx`${ALONE}(?<n>9[5-9](?:[.,]\d)?|10[0-7](?:[.,]\d)?)\s*(?:°\s*)?(?:f|fahrenheit)\b`,
  },
];
