import { type FactId, type Lang, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { urgentSignsIn } from "./warning-signs.ts";

/** Warning signs said on their own, as people write them. */
const SIGNS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    "numb bum",
    "I can't feel my bum when I wipe",
    "leaking urine",
    "I've wet myself",
    "can't pee since this morning",
    "both legs are weak",
    "my right leg is weak",
    "I pooed myself without feeling it",
    "temperature of 38.5",
    "crushing pain in my chest",
    "my legs keep giving way",
    "pins and needles in both feet and down both legs below the knee",
    "I fell off a ladder",
    "burning when I pee",
    "legs are weak",
  ],
  es: [
    "tengo el culo dormido",
    "no siento el papel al limpiarme",
    "se me escapa el pis",
    "me hice pis encima",
    "no puedo orinar desde esta mañana",
    "las dos piernas flojas",
    "la pierna derecha floja",
    "me hice caca encima sin notarlo",
    "tengo 38,5 de fiebre",
    "un dolor opresivo en el pecho",
    "se me doblan las piernas",
    "me caí de una escalera",
    "me arde al orinar",
  ],
};

/** Denials of something else, or idioms made with a denial word, said before or after the sign. */
const BESIDE: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    "no fever, {}",
    "{}, no fever",
    "not sure why but {}",
    "never had this before, {}",
    "no idea what's going on, {}",
    "nothing helps and {}",
    "no injury, {}",
    "didn't lift anything, {}",
    "can't sleep and {}",
    "no pain in my legs but {}",
    "no history of back trouble. {}",
    "haven't been to the doctor yet, {}",
    "no one is home and {}",
    "not improving, {}",
    "no bleeding, {}",
    "no fever or chills and {}",
    "without warning {}",
    "didn't fall or anything, {}",
    "{} and no fever",
    "{}, not sure if related",
  ],
  es: [
    "sin fiebre, {}",
    "{}, sin fiebre",
    "no sé por qué pero {}",
    "nunca me había pasado, {}",
    "nada me alivia y {}",
    "no me golpeé, {}",
    "no levanté nada, {}",
    "no puedo dormir y {}",
    "no me duelen las piernas pero {}",
    "no he ido al médico, {}",
    "no hay nadie en casa y {}",
    "no mejora, {}",
    "sin fiebre ni escalofríos y {}",
    "sin avisar {}",
    "ningún calmante me hace nada, {}",
    "no me caí ni nada, {}",
    "sin hormigueos, {}",
    "{} y sin fiebre",
    "{}, no sé si tiene que ver",
  ],
};

const signsOf = (text: string, lang: Lang): FactId[] => urgentSignsIn(understand(text, { lang }).facts);

describe("a stated warning sign is never denied by a denial of something else beside it", () => {
  for (const lang of ["en", "es"] as const) {
    for (const sign of SIGNS[lang]) {
      it(`${lang}: "${sign}"`, () => {
        const alone = understand(sign, { lang }).facts;
        const stated = urgentSignsIn(alone);
        expect(stated.length, sign).toBeGreaterThan(0);
        for (const beside of BESIDE[lang]) {
          // A denial of the same sign ("no fever" beside a temperature) is a contradiction, not this case.
          const denied = new Set(Object.keys(understand(beside.replace("{}", ""), { lang }).facts));
          const text = beside.replace("{}", sign);
          const facts = understand(text, { lang }).facts;
          for (const fact of stated.filter((f) => !denied.has(f)))
            expect(facts[fact], text).toEqual(alone[fact]);
        }
      });
    }
  }

  it("never reads a denied sign as present, whatever is said beside the denial", () => {
    const denials: Readonly<Record<Lang, readonly string[]>> = {
      en: [
        "no numbness in my bum",
        "no leaking",
        "no fever",
        "my legs are not weak",
        "no chest pain",
        "no weakness or numbness in my legs",
        "bladder and bowels are fine",
      ],
      es: [
        "sin fiebre",
        "no se me escapa el pis",
        "no tengo el culo dormido",
        "las piernas no están flojas",
        "no me duele el pecho",
        "sin hormigueos ni debilidad en las piernas",
        "orino bien",
      ],
    };
    const beside: Readonly<Record<Lang, readonly string[]>> = {
      en: [
        "nothing helps and {}",
        "it came on without warning. {}",
        "{} and my back hurts",
        "not to mention I can't sleep, {}",
        "besides the pain, {}",
        "back spasm since monday, {}",
      ],
      es: [
        "nada me alivia y {}",
        "empezó sin avisar, {}",
        "{} y me duele la espalda",
        "aparte del dolor, {}",
        "no me caí ni nada, {}",
        "espasmo desde el lunes, {}",
      ],
    };
    for (const lang of ["en", "es"] as const) {
      for (const denial of denials[lang]) {
        expect(signsOf(denial, lang), denial).toEqual([]);
        for (const around of beside[lang]) {
          const text = around.replace("{}", denial);
          expect(signsOf(text, lang), text).toEqual(signsOf(around.replace("{}", ""), lang));
        }
      }
    }
  });

  it("still denies what the denial names", () => {
    expect(signsOf("no fever, no numbness, no leaking", "en")).toEqual([]);
    expect(signsOf("sin fiebre ni escalofríos, no se me escapa el pis", "es")).toEqual([]);
  });
});
