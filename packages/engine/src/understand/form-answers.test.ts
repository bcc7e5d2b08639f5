import { understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { answeredLabels } from "./form-answers.ts";
import { EN } from "./lexicon.en.ts";
import { ES } from "./lexicon.es.ts";
import { normalize } from "./normalize.ts";

const read = (lang: "en" | "es", text: string) => understand(text, { lang, today: "2026-12-07" });

describe("a short question answered with where", () => {
  it("reads the question as a label, one character for one, so evidence points at the person's words", () => {
    const text = "Any numbness? Only in my groin";
    const norm = normalize(text);
    const labelled = answeredLabels(norm, EN);
    expect(labelled.text).toBe("any numbness, only in my groin");
    expect(labelled.starts).toBe(norm.starts);
    const understood = read("en", text);
    expect(understood.facts.saddleNumbness).toBe(true);
    const evidence = understood.evidence.find((item) => item.fact === "saddleNumbness");
    // The evidence opens on the answer's first word, not on the mark between.
    expect(text.slice(evidence?.start, evidence?.end)).toBe("Only in my groin");
  });

  it.each([
    ["en", "any numbness? only in my groin", "saddleNumbness", true],
    ["en", "numbness? yes, in my groin and bum", "saddleNumbness", true],
    ["en", "tingling? just around my back passage", "saddleNumbness", true],
    ["en", "pain? down my right leg to the foot", "legPain", "below_knee"],
    ["en", "sciatica? in both legs", "legPainBothSides", true],
    ["es", "¿adormecimiento? solo en la ingle", "saddleNumbness", true],
    ["es", "¿hormigueo? sí, en las nalgas y la entrepierna", "saddleNumbness", true],
    ["en", "Q: numbness anywhere? A: yeah round my back passage and inner thighs", "saddleNumbness", true],
    ["en", "numbness? a bit in my groin", "saddleNumbness", true],
    ["es", "P: ¿adormecimiento? R: sí, en la zona del ano", "saddleNumbness", true],
    ["es", "¿hormigueo? a veces en las nalgas", "saddleNumbness", true],
  ] as const)("%s: %s", (lang, text, fact, value) => {
    expect(read(lang, text).facts[fact]).toBe(value);
  });

  it("leaves a question asked when its answer names no place, or the question is not a label", () => {
    expect(read("en", "fever? not that i know of").uncertain).toContain("fever");
    expect(read("es", "¿fiebre? no").uncertain).toContain("fever");
    const long = read("en", "is it normal to have numbness? in my groin it feels odd");
    expect(long.facts.saddleNumbness).toBeUndefined();
    expect(answeredLabels(normalize("is it normal to have numbness? in my groin"), EN).text).toContain("?");
    const untouched = normalize("¿fiebre? no");
    expect(answeredLabels(untouched, ES)).toBe(untouched);
  });

  it("keeps a denial the person writes after the label", () => {
    expect(read("en", "numbness in my groin? no").facts.saddleNumbness).toBeUndefined();
    expect(read("en", "any numbness? not in my groin").facts.saddleNumbness).not.toBe(true);
  });
});
