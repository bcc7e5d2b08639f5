import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, originalSpan, replaceSpans } from "./normalize.ts";
import { parseCount, parseNumber, parseOrdinal } from "./numbers.ts";
import { correction, withinOneEdit } from "./typos.ts";

describe("normalize", () => {
  it("lowercases, removes accents but keeps ñ, folds quotes and collapses spaces", () => {
    expect(normalize("  Año   ESCALOFRÍOS  can’t\n\tpee ").text).toBe("año escalofrios can't pee ");
  });

  it("drops the colon after a label, never the colon of a time", () => {
    expect(normalize("Groin: numb. Bladder:  fine").text).toBe("groin numb. bladder fine");
    expect(normalize("since 10:30, ratio 2:1, a:b").text).toBe("since 10:30, ratio 2:1, a:b");
    expect(normalize("Writing for my dad: he can't pee").text).toBe("writing for my dad: he can't pee");
  });

  it("maps every normalised character back into the original", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: "grapheme" }), (text) => {
        const norm = normalize(text);
        expect(norm.starts.length).toBe(norm.text.length);
        for (let i = 0; i < norm.text.length; i++) {
          const span = originalSpan(norm, i, i + 1);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
    );
  });

  it("keeps the map when a word is replaced", () => {
    const original = "tengo ormigueo en el pie";
    const norm = normalize(original);
    const fixed = replaceSpans(norm, [{ start: 6, end: 14, by: "hormigueo" }]);
    expect(fixed.text).toBe("tengo hormigueo en el pie");
    const span = originalSpan(fixed, fixed.text.indexOf("hormigueo"), fixed.text.indexOf(" en"));
    expect(original.slice(span.start, span.end)).toBe("ormigueo");
    const tail = originalSpan(fixed, fixed.text.indexOf("pie"), fixed.text.length);
    expect(original.slice(tail.start, tail.end)).toBe("pie");
  });
});

describe("typos", () => {
  it("knows one edit: insert, delete, substitute, swap", () => {
    expect(withinOneEdit("numbess", "numbness")).toBe(true);
    expect(withinOneEdit("fevre", "fever")).toBe(true);
    expect(withinOneEdit("bladdar", "bladder")).toBe(true);
    expect(withinOneEdit("bladder", "ladder")).toBe(true);
    expect(withinOneEdit("fever", "flavor")).toBe(false);
  });

  it("corrects only to a target, never a known word, and only when one target fits", () => {
    const table = {
      targets: ["fever", "tingling", "vejiga"],
      known: new Set(["never", "fever"]),
      misspellings: { feaver: "fever" },
      firstLetterGroups: ["bv"],
    };
    expect(correction("tinglng", table)).toBe("tingling");
    expect(correction("never", table)).toBeUndefined();
    expect(correction("feaver", table)).toBe("fever");
    expect(correction("bejiga", table)).toBe("vejiga");
    expect(correction("numb", table)).toBeUndefined();
  });
});

describe("numbers", () => {
  it.each([
    ["8", "en", 8],
    ["eight", "en", 8],
    ["sixty-seven", "en", 67],
    ["sixty seven", "en", 67],
    ["a couple of", "en", 2],
    ["ocho", "es", 8],
    ["sesenta y siete", "es", 67],
    ["veintidos", "es", 22],
    ["38,5", "es", 38.5],
  ] as const)("%s (%s) = %d", (text, lang, value) => {
    expect(parseNumber(text, lang)?.value).toBe(value);
  });

  it("reads ordinals and counts of earlier episodes", () => {
    expect(parseOrdinal("third", "en")).toBe(3);
    expect(parseOrdinal("tercera", "es")).toBe(3);
    expect(parseCount("twice", "en")).toBe(2);
    expect(parseCount("3 times", "en")).toBe(3);
    expect(parseCount("dos veces", "es")).toBe(2);
  });

  it("gives a vague amount a low confidence", () => {
    expect(parseNumber("a few", "en")?.confidence).toBeLessThan(0.5);
  });
});
