import { understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { inThePersonsVoice } from "./carer-voice.ts";
import { EN } from "./lexicon.en.ts";
import { ES } from "./lexicon.es.ts";
import { normalize } from "./normalize.ts";

const es = (text: string) => understand(text, { lang: "es", today: "2026-12-07" }).facts;

describe("a relative's words read in the person's voice", () => {
  it("swaps only phrases of the same length, so evidence still points at the original words", () => {
    for (const [theirs, own] of Object.entries(ES.relativeAsPerson ?? {}))
      expect(own.length, theirs).toBe(theirs.length);
    const norm = normalize("Escribo por mi padre: no puede mover las piernas");
    const voiced = inThePersonsVoice(norm, ES);
    expect(voiced.text).toBe("escribo por mi padre: no puedo mover las piernas");
    expect(voiced.starts).toBe(norm.starts);
    expect(voiced.text.length).toBe(norm.text.length);
  });

  it("leaves a language without such a table as it is", () => {
    const norm = normalize("writing for my dad, he can't move his legs");
    expect(inThePersonsVoice(norm, EN)).toBe(norm);
  });

  it("reads the signs a carer tells in the third person", () => {
    expect(es("escribo por mi padre, no puede mover las piernas").legWeakness).toBe("both_legs");
    expect(es("escribo por mi padre, no puede levantar el pie").legWeakness).toBe("one_leg");
    expect(es("escribo por mi padre, se hizo caca encima").bowelIncontinence).toBe(true);
    expect(es("escribo por mi padre, no controla la caca").bowelIncontinence).toBe(true);
    expect(es("escribo por mi madre, no siente cuando orina").bladderChange).toBe(true);
    expect(es("escribo por mi madre, no siente nada al limpiarse").saddleNumbness).toBe(true);
    expect(es("escribo por mi madre, de 79, y desde ayer no puede levantarse por la espalda").mobility).toBe(
      "severely_limited",
    );
  });

  it("keeps a carer's denials as denials, and their questions as doubts", () => {
    const facts = es("escribo por mi padre, no tiene fiebre y no le fallan las piernas");
    expect(facts.fever).toBe(false);
    expect(facts.legWeakness).toBe("none");
    const asked = understand("escribo por mi padre, puede ser que tenga fiebre?", { lang: "es" });
    expect(asked.facts.fever).toBeUndefined();
    expect(asked.uncertain).toContain("fever");
  });

  it("does not put the third person in the writer's mouth when the text is not written for a relative", () => {
    expect(
      es("mi tío tuvo un ictus y no puede mover las piernas; yo tengo lumbago desde ayer").legWeakness,
    ).toBeUndefined();
    expect(es("mi hijo se hizo pis encima anoche y yo tengo lumbago").bladderChange).toBeUndefined();
  });
});

describe("whom a Spanish text is written for", () => {
  it("reads a relative who says what they feel as the one written for", () => {
    const facts = es(
      "Mi viejo se cayó de la escalera pintando el techo y ahora dice que no puede mover las piernas, ninguna de las dos",
    );
    expect(facts.legWeakness).toBe("both_legs");
    expect(facts.onsetTrigger).toBe("major_trauma");
  });

  it("reads the history of the relative whose back hurts as the person's", () => {
    expect(es("mi papa tiene cancer de prostata y ahora le duele mucho la espalda").cancerHistory).toBe(true);
    expect(es("a mi mamá le está dando mucho dolor de espalda y hoy se orinó encima").bladderChange).toBe(
      true,
    );
  });

  it("still keeps another relative's history apart", () => {
    expect(es("mi abuela tiene cancer y a mi me duele la espalda").cancerHistory).toBeUndefined();
    expect(es("mi madre murio de cancer y le duele la espalda a mi hermano").cancerHistory).toBeUndefined();
    expect(es("mi madre tuvo cancer pero yo no, solo tengo lumbago").cancerHistory).toBeUndefined();
  });
});
