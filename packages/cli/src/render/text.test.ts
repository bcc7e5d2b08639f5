import { describe, expect, it } from "vitest";
import { banner } from "./banner.ts";
import { makeStyle, visibleLength, wrap } from "./text.ts";

const words = "Call 999 now, or go to the nearest emergency department. Don't drive yourself.";

describe("wrap", () => {
  it("keeps every line within the width, with a hanging indent, and loses no word", () => {
    for (const width of [20, 33, 40, 80]) {
      const lines = wrap(words, width, "  • ");
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      expect(lines[0]?.startsWith("  • ")).toBe(true);
      expect(lines.slice(1).every((line) => line.startsWith("    "))).toBe(true);
      expect(
        lines
          .join(" ")
          .replace(/[•\s]+/g, " ")
          .trim(),
      ).toBe(words);
    }
  });

  it("measures styled text by what is visible", () => {
    const style = makeStyle(true);
    const lines = wrap(style.bold(words), 30);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(30);
  });
});

describe("banner", () => {
  it("draws a closed box of even width around every paragraph", () => {
    for (const colour of [false, true]) {
      const lines = banner(["This needs emergency care now", words], 50, makeStyle(colour));
      const widths = new Set(lines.map(visibleLength));
      expect(widths).toEqual(new Set([50]));
      expect(lines[0]).toContain("╔");
      expect(lines.at(-1)).toContain("╝");
      expect(lines.join("\n")).toContain("Call 999 now,");
    }
  });
});
