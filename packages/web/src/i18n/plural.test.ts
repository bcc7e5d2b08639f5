import { LANGS } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { UI } from "./every-language.test-support.ts";
import { countsText, countText } from "./plural.ts";

/** Placeholders that always hold a count of things, so their words must follow the count. */
const COUNTED = ["days", "count", "checkIns", "checks", "coldRounds", "walks", "now", "file", "shown"];

/** Every text of a catalog with its path; a plural-forms object ({one, other}) is one entry. */
function texts(node: unknown, path: string): { path: string; text: string; forms: boolean }[] {
  if (typeof node === "string") return [{ path, text: node, forms: false }];
  if (Array.isArray(node)) return node.flatMap((item, index) => texts(item, `${path}.${index}`));
  if (node && typeof node === "object") {
    const entries = Object.entries(node);
    if ("other" in node) return entries.map(([key, text]) => ({ path: `${path}.${key}`, text, forms: true }));
    return entries.flatMap(([key, value]) => texts(value, `${path}.${key}`));
  }
  return [];
}

/** Every language's words: the app's own, the diary's and the own-words box's (one catalog per language). */
const CATALOGS = LANGS.flatMap((lang) => texts(UI[lang], lang));

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

  it("fills several counts in one text, each by its own number", () => {
    const template =
      "{checkIns, plural, one {# check-in} other {# check-ins}}, {walks, plural, one {# walk} other {# walks}}";
    expect(countsText("en", template, { checkIns: 1, walks: 3 })).toBe("1 check-in, 3 walks");
    expect(countsText("en", template, { checkIns: 2, walks: 1 })).toBe("2 check-ins, 1 walk");
  });

  it("no catalog text says (s) or (es)", () => {
    const marked = CATALOGS.filter(({ text }) => /\((s|es)\)/.test(text)).map(({ path }) => path);
    expect(marked).toEqual([]);
  });

  it("every count in the catalogs goes through plural forms", () => {
    const bare = CATALOGS.filter(
      ({ text, forms }) => !forms && COUNTED.some((name) => text.includes(`{${name}}`)),
    ).map(({ path, text }) => `${path}: ${text}`);
    expect(bare).toEqual([]);
  });

  it("the diary's counts read right for one and for several, in every language", () => {
    for (const lang of LANGS) {
      const diary = UI[lang].diary;
      for (const count of [1, 2, 5]) {
        const line = countsText(lang, diary.data.counts, {
          checkIns: count,
          checks: count,
          coldRounds: count,
          walks: count,
        });
        // Dates and day counts come from the engine (spanText); the line counts its check-ins.
        const episode = countsText(lang, diary.diary.episodeLine, {
          range: "1 May",
          length: "",
          where: "",
          peak: 5,
          checkIns: count,
        });
        for (const text of [line, episode]) {
          expect(text).not.toMatch(/[{}#]/);
          expect(text).not.toMatch(/\b1 (days|días|check-ins|registros|walks|paseos)\b/);
          if (count > 1) expect(text).not.toMatch(/\b[25] (day|día|check-in|registro|walk|paseo)\b/);
        }
      }
    }
  });
});
