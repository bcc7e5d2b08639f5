import { understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import type { FactId } from "../schema/vocabulary.ts";

const read = (text: string, lang: "en" | "es") => understand(text, { lang });

describe("a sign only asked about is a doubt, never stated and never denied", () => {
  it.each([
    ["en", "is it normal to lose feeling down there after putting my back out?", "saddleNumbness"],
    ["en", "is it normal to lose feeling down there after putting my back out", "saddleNumbness"],
    ["en", "could this be why I can't pee?", "bladderChange"],
    ["en", "what does it mean if I can't pee?", "bladderChange"],
    ["en", "could a back spasm cause numbness in my groin?", "saddleNumbness"],
    ["en", "can a bad back make you wet yourself?", "bladderChange"],
    ["en", "is it normal to have no feeling down there?", "saddleNumbness"],
    ["es", "¿es normal que se me duerma la pierna?", "legNumbness"],
    ["es", "es normal que se me duerma la pierna", "legNumbness"],
    ["es", "¿puede ser por la espalda que no pueda orinar?", "bladderChange"],
    ["es", "¿es grave si no siento nada al limpiarme?", "saddleNumbness"],
    ["es", "¿es normal no sentir la zona genital después de un tirón?", "saddleNumbness"],
    ["es", "¿será por eso que no puedo hacer pis?", "bladderChange"],
  ] as const)("%s: %s", (lang, text, fact: FactId) => {
    const understood = read(text, lang);
    expect(understood.facts[fact]).toBeUndefined();
    expect(understood.uncertain).toContain(fact);
  });
});

describe("a sign stated before the question stays stated", () => {
  it.each([
    ["en", "I can't pee properly, is that normal?", "bladderChange"],
    ["en", "Can't pee properly - is that normal?", "bladderChange"],
    ["en", "I can't pee, could it be my back?", "bladderChange"],
    ["en", "my groin is numb. is that normal?", "saddleNumbness"],
    ["en", "my groin has gone numb is that normal", "saddleNumbness"],
    ["en", "Could this be why I can't pee properly? I keep going and not much comes", "bladderChange"],
    ["es", "no puedo orinar bien, ¿es normal?", "bladderChange"],
    ["es", "se me duerme la entrepierna, ¿es grave?", "saddleNumbness"],
    ["es", "no puedo hacer pis desde ayer. ¿Es normal?", "bladderChange"],
  ] as const)("%s: %s", (lang, text, fact: FactId) => {
    expect(read(text, lang).facts[fact]).toBe(true);
  });

  it("does not take a statement that something is not normal for a question", () => {
    expect(read("no es normal, la pierna derecha la tengo sin fuerzas", "es").facts.legWeakness).toBe(
      "one_leg",
    );
    expect(read("it's not normal, my right leg has no strength", "en").uncertain).not.toContain(
      "legWeakness",
    );
  });
});

describe("a short question the person answers yes to straight after states what it names", () => {
  it.each([
    ["en", "numb bum? yep", "saddleNumbness", true],
    ["en", "fever? yes, 38.5 last night", "fever", true],
    ["en", "wet myself? yes twice", "bladderChange", true],
    ["en", "any weakness in my legs? yeah the left one gives way", "legWeakness", "one_leg"],
    ["es", "¿fiebre? sí, 38", "fever", true],
  ] as const)("%s: %s", (lang, text, fact: FactId, value) => {
    expect(read(text, lang).facts[fact]).toBe(value);
  });

  it.each([
    ["en", "numb bum? no", "saddleNumbness"],
    ["en", "leaking? a little", "bladderChange"],
    ["en", "is it normal to have a numb bum? yes I read about it", "saddleNumbness"],
    ["es", "¿fiebre? no", "fever"],
  ] as const)("keeps as a doubt what the answer does not state — %s: %s", (lang, text, fact: FactId) => {
    const understood = read(text, lang);
    expect(understood.facts[fact]).toBeUndefined();
    expect(understood.uncertain).toContain(fact);
  });
});

describe("a form written as labels and answers", () => {
  it("reads what is said after each label's colon", () => {
    const understood = read("Bladder: normal. Bowels: normal. Saddle: numb. Legs: weak", "en");
    expect(understood.facts).toMatchObject({
      bladderChange: false,
      bowelIncontinence: false,
      saddleNumbness: true,
      legWeakness: "both_legs",
    });
    expect(read("entrepierna: dormida", "es").facts.saddleNumbness).toBe(true);
  });
});
