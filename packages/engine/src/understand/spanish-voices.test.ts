import { type FactId, type FactValue, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

type Case = readonly [text: string, fact: FactId, value: FactValue];

const read = (text: string) => understand(text, { lang: "es", today: "2026-12-07" });

/** Warning signs as Spanish speakers of many places write them: each row must give its reading. */
const SIGNS: readonly Case[] = [
  // Numbness told in the past ("se me durmieron"), and in Spanglish.
  ["se me durmieron las dos piernas", "legNumbness", true],
  ["se me durmieron las dos piernas", "legPainBothSides", true],
  ["se me adormecieron los pies de golpe", "legNumbness", true],
  ["se me entumió la pierna izquierda", "legNumbness", true],
  ["tengo numbness en la pierna derecha", "legNumbness", true],
  [
    "se le durmieron las dos piernas de la rodilla para abajo, escribo por mi marido",
    "legPainBothSides",
    true,
  ],
  // Spanglish for the bladder.
  ["me dio un back spasm y no puedo hacer pee", "bladderChange", true],
  // Sex said plainly, and a saddle that feels like someone else's.
  ["no siento nada cuando estoy con mi esposo desde el dolor de espalda", "sexualDysfunction", true],
  ["cuando me acuesto con mi pareja no siento nada", "sexualDysfunction", true],
  ["allá abajo es como si fuera de otra persona", "saddleNumbness", true],
  ["tengo las nalgas como ajenas", "saddleNumbness", true],
  // One leg weaker day by day, or giving way at the end of the sentence.
  ["mi pierna derecha está cada vez más floja", "legWeakness", "one_leg"],
  ["las piernas se me ponen cada vez más flojas", "legWeakness", "both_legs"],
  ["me duele la rodilla izquierda y hoy ya no puedo subir, se me dobla", "legWeakness", "one_leg"],
  // A list of what the bowel lets go.
  ["no controlo los gases ni la caca desde anteayer", "bowelIncontinence", true],
  // Slang for the legs and the seat (rioplatense "gambas", Caribbean "fondillo"), legs listed with the saddle.
  ["las gambas no me responden, las dos", "legWeakness", "both_legs"],
  ["no siento el fondillo desde ayer", "saddleNumbness", true],
  ["se me duermen las patas y la cola cuando estoy sentado", "saddleNumbness", true],
  ["se me duermen las patas y la cola cuando estoy sentado", "legNumbness", true],
  ["se me duermen las piernas y las nalgas", "legNumbness", true],
  // Spanglish words for the signs.
  ["tengo tingling en los dos pies", "legNumbness", true],
  ["no puedo controlar el bladder desde que me lastimé la espalda", "bladderChange", true],
  // A sign told after a phrase the words did not read yet must never be denied by its "no".
  ["ya no me aguanto el pis y arrastro la pierna izquierda", "bladderChange", true],
  ["ya no me aguanto el pis y arrastro la pierna izquierda", "legWeakness", "one_leg"],
  ["no tengo fiebre y arrastro la pierna", "legWeakness", "one_leg"],
  ["el pie derecho se me queda colgando y tropiezo", "legWeakness", "one_leg"],
  ["escribo por mi esposa, ya no se aguanta el pis y arrastra la pierna izquierda", "legWeakness", "one_leg"],
  // The bladder and bowel told in the past, or by a relative; night sweats in the gerund.
  ["esta mañana no sabía si estaba orinando o no", "bladderChange", true],
  ["mi esposo dice que no siente cuando tiene que hacer caca", "bowelIncontinence", true],
  ["llevo quince días sudando por las noches", "fever", true],
  // Clinical shorthand, slang for a crash, and a pain that goes through to the chest.
  ["Varón 66 a. AP: ca de próstata 2019 tratado. Ahora dolor nocturno", "cancerHistory", true],
  ["Varón 66 a. AP: ca de próstata 2019 tratado. Ahora dolor nocturno", "restNightPain", true],
  ["me estampé con la bici de montaña contra unas rocas", "onsetTrigger", "major_trauma"],
  ["un dolor desgarrador que me atraviesa al pecho, de repente", "chestSymptoms", true],
  // A crash from behind on the road, said the everyday way or as the insurer says it.
  [
    "ayer me dieron un golpe por detrás en la autopista, voy con el cuello y la espalda",
    "onsetTrigger",
    "major_trauma",
  ],
  ["tuve un alcance con el coche y desde entonces la espalda", "onsetTrigger", "major_trauma"],
  // A relative whose back is bad all week, and what they did in bed.
  [
    "mi marido se hizo pis en la cama sin darse cuenta, lleva toda la semana fatal de la espalda",
    "bladderChange",
    true,
  ],
];

describe("Spanish warning signs in many voices", () => {
  for (const [text, fact, value] of SIGNS) {
    it(`"${text}" -> ${fact} ${JSON.stringify(value)}`, () => {
      expect(read(text).facts[fact]).toEqual(value);
    });
  }
});

describe("Spanish near-misses that read no sign", () => {
  it("reads 'ca' as cancer only before an organ", () => {
    expect(read("estuve en ca mi madre y me dio el lumbago").facts.cancerHistory).toBeUndefined();
  });

  it("reads 'nada raro' with a partner as nothing wrong", () => {
    expect(read("no siento nada raro cuando estoy con mi esposo").facts.sexualDysfunction).toBeUndefined();
  });

  it("keeps numbness of the legs apart from being with one's partner", () => {
    const { facts } = read("estoy con mi esposo en el hospital y no siento nada en las piernas");
    expect(facts.sexualDysfunction).toBeUndefined();
    expect(facts.legNumbness).toBe(true);
  });

  it("reads gas alone as no loss of bowel control", () => {
    expect(read("no controlo los gases, que vergüenza").facts.bowelIncontinence).toBeUndefined();
  });

  it("reads a leg getting stronger, or a back that bends, as no weakness", () => {
    expect(read("mi pierna está cada vez más fuerte").facts.legWeakness).toBeUndefined();
    expect(read("ya no me duele tanto la rodilla, se me pasa con hielo").facts.legWeakness).toBeUndefined();
  });

  it("reads the denials as denials", () => {
    expect(read("mi pierna no está cada vez más floja, está igual").facts.legWeakness).toBe("none");
    expect(read("no se me durmieron las piernas").facts.legNumbness).toBe(false);
    expect(read("no tengo numbness en las piernas").facts.legNumbness).toBe(false);
  });

  it("reads a knock from behind off the road as a minor knock, not a crash", () => {
    expect(read("en el bar me dieron un golpe por detrás y me dio el tirón").facts.onsetTrigger).toBe(
      "minor_trauma",
    );
  });

  it("keeps a relative's accident apart when nothing says the text is for them", () => {
    expect(
      read("mi papa se hizo pis encima cuando tuvo el infarto, yo estoy bien").facts.bladderChange,
    ).toBeUndefined();
    expect(read("llevo toda la semana fatal de la espalda").facts.bladderChange).toBeUndefined();
  });

  it("reads control said plainly, and legs said to be fine, as the denials they are", () => {
    const { facts } = read("controlo bien la orina y las heces, las piernas bien, camino bien");
    expect(facts.bladderChange).toBe(false);
    expect(facts.bowelIncontinence).toBe(false);
    expect(facts.legWeakness).toBe("none");
    const denied = read("no controlo bien la orina y las piernas no las tengo bien").facts;
    expect(denied.bladderChange).not.toBe(false);
    expect(denied.legWeakness).not.toBe("none");
    expect(read("tengo las piernas bien dormidas").facts.legWeakness).toBeUndefined();
  });

  it("reads legs said to be fine as no pain or numbness in both legs", () => {
    expect(read("me duele la espalda y las piernas bien").facts.legPainBothSides).toBeUndefined();
    expect(
      read("las piernas responden, solo el dolor de la contractura").facts.legPainBothSides,
    ).toBeUndefined();
    expect(read("me duelen las piernas bien feo").facts.legPainBothSides).toBe(true);
  });

  it("reads the inner thighs listed with the seat as the saddle only", () => {
    const { facts } = read("siento como anestesiada la parte de adentro de los muslos y la cola");
    expect(facts.saddleNumbness).toBe(true);
    expect(facts.legNumbness).toBeUndefined();
  });

  it("reads a queue and shrimps as no saddle and no legs", () => {
    expect(read("me duele la espalda haciendo cola en el super").facts.saddleNumbness).toBeUndefined();
    expect(read("me comí unas gambas y me duele la espalda").facts.legWeakness).toBeUndefined();
  });

  it("reads a numbness asked about as a doubt, not a fact", () => {
    const understood = read("¿es normal que se me durmieran las piernas?");
    expect(understood.facts.legNumbness).toBeUndefined();
  });
});
