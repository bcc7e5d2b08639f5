// Test support only: people who describe their back in their own words (English or Spanish, built from phrase
// templates) together with what is really true of them. The words may be right, wrong, hedged or denied.
import type { Facts, UnderstoodLang as Lang } from "@backtalk/engine";
import fc from "fast-check";
import { partialFacts } from "./arbitrary-facts.ts";

type Phrases = Readonly<Record<Lang, readonly string[]>>;

/** Warning signs and risks, each said plainly ("yes") and denied ("no"), in everyday words. */
const SIGNS: readonly { readonly yes: Phrases; readonly no: Phrases }[] = [
  {
    yes: {
      en: ["numb down there", "I can't really feel the paper when I wipe"],
      es: ["tengo la cola dormida"],
    },
    no: { en: ["no numbness down there"], es: ["no tengo adormecida la zona de la entrepierna"] },
  },
  {
    yes: {
      en: ["I can't pee", "I don't feel when I need to wee", "leaked a bit without noticing"],
      es: ["no puedo orinar", "orino bien, aunque no siento cuando tengo ganas"],
    },
    no: { en: ["peeing is fine", "no problems with my bladder"], es: ["orino con normalidad"] },
  },
  {
    yes: { en: ["I pooed myself without knowing"], es: ["se me escapan las heces sin darme cuenta"] },
    no: { en: ["bowels are normal"], es: ["voy al baño normal"] },
  },
  {
    yes: { en: ["nothing happens down below anymore"], es: ["no se me levanta"] },
    no: { en: ["no problems in the bedroom"], es: ["sin problemas en la cama"] },
  },
  {
    yes: { en: ["my chest feels tight", "the pain goes into my chest"], es: ["me aprieta el pecho"] },
    no: { en: ["no chest pain"], es: ["no me duele el pecho"] },
  },
  {
    yes: {
      en: [
        "my stomach hurts too",
        "a deep ache in the middle of my stomach",
        "round to the front of my tummy",
      ],
      es: ["me duele la espalda baja y también la panza", "retortijones en la barriga"],
    },
    no: { en: ["not only my back - my stomach hurts too", "my belly is fine"], es: ["la barriga bien"] },
  },
  {
    yes: { en: ["I have a fever", "burning up"], es: ["tengo fiebre", "estoy ardiendo"] },
    no: { en: ["no fever", "never had a temperature in my life"], es: ["no tengo fiebre"] },
  },
  {
    yes: {
      en: ["both legs keep giving way", "toes catching on the carpet"],
      es: ["se me doblan las dos piernas"],
    },
    no: { en: ["legs feel strong"], es: ["las piernas con fuerza"] },
  },
  {
    yes: { en: ["pain shoots down past my knee"], es: ["el dolor baja hasta el pie"] },
    no: { en: ["no leg pain"], es: ["no me duelen las piernas"] },
  },
  {
    yes: {
      en: ["fell off a ladder", "smashed in a tackle", "was in a car crash"],
      es: ["me caí de un andamio"],
    },
    no: { en: ["I didn't fall or hurt myself"], es: ["no me caí ni me golpeé"] },
  },
  {
    yes: {
      en: ["I had cancer", "I'm on steroids", "I inject drugs"],
      es: ["tuve cáncer", "tomo corticoides"],
    },
    no: { en: ["never had cancer"], es: ["nunca tuve cáncer"] },
  },
  {
    yes: {
      en: ["it hurts at night even lying still", "lost weight without trying"],
      es: ["me duele de noche"],
    },
    no: { en: ["I sleep fine"], es: ["duermo bien"] },
  },
  {
    yes: { en: ["it's getting worse, not better"], es: ["va a peor"] },
    no: { en: ["it's getting better"], es: ["va mejorando"] },
  },
];

const HEDGES: Phrases = {
  en: ["I think", "maybe", "not sure if", "kind of", "I guess", "really"],
  es: ["creo que", "a lo mejor", "no sé si", "como que", "quizás", "la verdad"],
};

const n = (min: number, max: number) => fc.integer({ min, max }).map(String);
const tenth = fc.integer({ min: 355, max: 410 }).map((t) => (t / 10).toFixed(1));

/** Numbers in their everyday places: ages, temperatures, scores, durations, and history years ago. */
const NUMBERS: Readonly<Record<Lang, readonly fc.Arbitrary<string>[]>> = {
  en: [
    n(18, 95).map((x) => `I'm ${x}`),
    n(18, 95).map((x) => `${x}M`),
    tenth.map((t) => `${t} this morning and my belly hurts too`),
    tenth.map((t) => `${t} on the thermometer`),
    n(97, 104).map((f) => `${f} F`),
    n(0, 10).map((p) => `${p}/10`),
    n(0, 10).map((p) => `about ${p} out of 10`),
    n(1, 30).map((d) => `for ${d} days`),
    n(1, 8).map((w) => `started ${w} weeks ago`),
    n(1, 9).map((d) => `worse than ${d} days ago`),
    n(2, 30).map((y) => `had a kidney stone ${y} yrs ago`),
    n(1995, 2024).map((y) => `back surgery in ${y}`),
    n(1, 6).map((w) => `a new job ${w} weeks ago`),
  ],
  es: [
    n(18, 95).map((x) => `tengo ${x} años`),
    tenth.map((t) => `${t} de fiebre`),
    tenth.map((t) => `esta mañana ${t} en el termómetro`),
    n(0, 10).map((p) => `un ${p} sobre 10`),
    n(1, 30).map((d) => `desde hace ${d} días`),
    n(1, 8).map((w) => `hace ${w} semanas que empezó`),
    n(1, 9).map((d) => `peor que hace ${d} días`),
    n(2, 30).map((y) => `tuve un cálculo renal hace ${y} años`),
    n(1995, 2024).map((y) => `me operaron de la espalda en ${y}`),
  ],
};

const OPENINGS: Phrases = {
  en: ["My lower back is in spasm", "Threw my back out lifting a box", "Back went again", ""],
  es: [
    "Tengo un espasmo en la espalda baja",
    "Me dio un tirón levantando una caja",
    "Otra vez la espalda",
    "",
  ],
};

const JOINTS: Phrases = {
  en: [", ", ". ", " and ", " but ", " - "],
  es: [", ", ". ", " y ", " pero ", " - "],
};

function phrase(lang: Lang): fc.Arbitrary<string> {
  const sign = fc
    .tuple(fc.constantFrom(...SIGNS), fc.boolean(), fc.option(fc.constantFrom(...HEDGES[lang]), { freq: 3 }))
    .chain(([entry, yes, hedge]) =>
      fc
        .constantFrom(...(yes ? entry.yes : entry.no)[lang])
        .map((words) => (hedge ? `${hedge} ${words}` : words)),
    );
  return fc.oneof({ arbitrary: sign, weight: 3 }, { arbitrary: fc.oneof(...NUMBERS[lang]), weight: 2 });
}

/** One description in `lang`: an opening and a few phrases joined as people type them. */
export const description = (lang: Lang): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...OPENINGS[lang]),
      fc.array(fc.tuple(fc.constantFrom(...JOINTS[lang]), phrase(lang)), { minLength: 1, maxLength: 6 }),
    )
    .map(
      ([opening, parts]) =>
        opening + parts.map(([joint, words], i) => (i === 0 && opening === "" ? "" : joint) + words).join(""),
    );

/** A person: their words in `lang` and, independently, what is really true (partly unknown to them). */
export const describedPerson = (lang: Lang): fc.Arbitrary<{ text: string; truth: Facts }> =>
  fc.record({ text: description(lang), truth: partialFacts });
