import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { countText } from "./plural.ts";

describe("counts in words", () => {
  it("picks the singular and the plural by the language's rules", () => {
    const forms = { one: "{count} day", other: "{count} days" };
    expect(countText("en", 1, forms)).toBe("1 day");
    expect(countText("en", 0, forms)).toBe("0 days");
    expect(countText("en", 2, forms)).toBe("2 days");
    expect(countText("es", 1, { one: "{count} día", other: "{count} días" })).toBe("1 día");
    expect(countText("es", 5, { one: "{count} día", other: "{count} días" })).toBe("5 días");
  });

  it("fills other placeholders too", () => {
    expect(countText("en", 1, { one: "{count} of {goal}", other: "{count} of {goal}s" }, { goal: 4 })).toBe(
      "1 of 4",
    );
  });

  it("no app text says (s)", () => {
    const all = JSON.stringify([en, es]);
    expect(all).not.toMatch(/\(s\)|\(es\)/);
  });
});
