import { type FactId, type FactValue, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

const read = (text: string) => understand(text, { lang: "es", today: "2026-12-07" });

/** Signs told in the present perfect, as Spain writes a new event: each reads as its simple past does. */
const PERFECT: readonly (readonly [text: string, fact: FactId, value: FactValue])[] = [
  ["se me ha escapado el pis esta mañana", "bladderChange", true],
  ["hoy se me ha escapado la caca dos veces", "bowelIncontinence", true],
  ["se me han escapado las heces sin darme cuenta", "bowelIncontinence", true],
  ["se me han doblado las dos piernas al bajar la escalera", "legWeakness", "both_legs"],
  ["se me han debilitado las piernas desde ayer", "legWeakness", "both_legs"],
  ["se me ha quedado el pie colgando", "legWeakness", "one_leg"],
  // A relative's words: the perfect first, then their voice as the person's own.
  ["escribo por mi madre, se le ha escapado el pis sin notarlo", "bladderChange", true],
];

describe("the present perfect in Spanish", () => {
  it.each(PERFECT)("%s", (text, fact, value) => {
    expect(read(text).facts[fact]).toEqual(value);
  });

  it("keeps the evidence on the person's own words, and a denial still denies", () => {
    const text = "Desde ayer se me ha escapado el pis dos veces";
    const evidence = read(text).evidence.find((item) => item.fact === "bladderChange");
    expect(evidence?.text).toBe(text.slice(evidence?.start, evidence?.end));
    expect(evidence?.text).toContain("se me ha escapado el pis");
    expect(read("no se me ha escapado el pis").facts.bladderChange).toBe(false);
    expect(read("nunca se me han doblado las piernas").facts.legWeakness).toBe("none");
  });

  it("leaves a participle it does not list, and the first person, as written", () => {
    expect(read("se me han dormido las dos piernas").facts.legNumbness).toBe(true);
    expect(read("me he hecho pis encima").facts.bladderChange).toBe(true);
  });
});
