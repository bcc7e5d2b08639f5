import { describe, expect, it } from "vitest";
import { segmentsOf } from "./highlight.ts";

describe("segmentsOf", () => {
  it("cuts plain and marked runs that join back into the text", () => {
    const text = "no fever, leg pain since Monday";
    const segments = segmentsOf(text, [
      { fact: "fever", start: 3, end: 8 },
      { fact: "legPain", start: 10, end: 18 },
    ]);
    expect(segments).toEqual([
      { text: "no ", facts: [] },
      { text: "fever", facts: ["fever"] },
      { text: ", ", facts: [] },
      { text: "leg pain", facts: ["legPain"] },
      { text: " since Monday", facts: [] },
    ]);
  });

  it("gives an overlap its own segment naming both facts", () => {
    const segments = segmentsOf("numb down there", [
      { fact: "saddleNumbness", start: 0, end: 15 },
      { fact: "legNumbness", start: 0, end: 4 },
    ]);
    expect(segments).toEqual([
      { text: "numb", facts: ["legNumbness", "saddleNumbness"] },
      { text: " down there", facts: ["saddleNumbness"] },
    ]);
  });

  it("clamps offsets outside the text and ignores empty spans", () => {
    const segments = segmentsOf("back", [
      { fact: "region", start: -3, end: 99 },
      { fact: "age", start: 2, end: 2 },
    ]);
    expect(segments).toEqual([{ text: "back", facts: ["region"] }]);
    expect(segmentsOf("", [])).toEqual([]);
  });
});
