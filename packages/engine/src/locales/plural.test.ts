import {
  answerText,
  assess,
  countText,
  explain,
  fillLabel,
  format,
  LANGS,
  MESSAGES,
  REPORT_LABELS,
} from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { negativeFacts } from "../testing/negative-facts.ts";

describe("counts use the language's plural rules", () => {
  it("format picks the plural form by Intl.PluralRules", () => {
    const template = "{n, plural, one {# day} other {# days}} left, {name}";
    expect(format(template, { n: 1, name: "Ana" })).toBe("1 day left, Ana");
    expect(format(template, { n: 0, name: "Ana" })).toBe("0 days left, Ana");
    expect(format(template, { n: 3, name: "Ana" })).toBe("3 days left, Ana");
    expect(format("{n, plural, one {# día} other {# días}}", { n: 1 }, "es")).toBe("1 día");
    expect(format("{n, plural, one {# día} other {# días}}", { n: 1_000_000 }, "es")).toBe("1000000 días");
    // A missing count leaves the placeholder visible rather than hiding text.
    expect(format(template, {})).toBe(template);
    // A count shown as text ("?" for one the diary lacks) takes the general form.
    expect(format(template, { n: "?", name: "Ana" })).toBe("? days left, Ana");
  });

  it.each(LANGS)("%s: the report's self-care line agrees with every count", (lang) => {
    const line = fillLabel(
      REPORT_LABELS[lang].selfCareLine,
      { coldRounds: 1, walks: 1, walkMinutes: 1, loggedDays: 1, selfCareDays: null },
      lang,
    );
    const many = fillLabel(
      REPORT_LABELS[lang].selfCareLine,
      { coldRounds: 2, walks: 3, walkMinutes: 40, loggedDays: 2, selfCareDays: 5 },
      lang,
    );
    expect(line).not.toMatch(/\{|\b1 (cold rounds|walks|minutes|days|sesiones|paseos|minutos|días)\b/);
    expect(many).not.toMatch(/\{|\b[2-9]\d* (cold round|walk|minute|day|sesión|paseo|minuto|día)\b/);
    expect(line).toContain("?");
  });

  it.each(LANGS)("%s: a fact's unit agrees with its count", (lang) => {
    const unit = MESSAGES[lang].facts.onsetDaysAgo.unit;
    expect(answerText("onsetDaysAgo", 1, lang)).toBe(`1 ${unit.one}`);
    expect(answerText("onsetDaysAgo", 2, lang)).toBe(`2 ${unit.other}`);
    expect(countText(lang, 1, unit)).toBe(`1 ${unit.one}`);
  });

  it.each(LANGS)("%s: no text of the engine writes '(s)' or '(es)' for a plural", (lang) => {
    expect(JSON.stringify(MESSAGES[lang])).not.toMatch(/\w\((s|es)\)/);
    const words = explain(assess(negativeFacts({ mobility: "severely_limited" })), { lang });
    expect(JSON.stringify(words)).not.toMatch(/\w\((s|es)\)|\{\w+, plural/);
    expect(JSON.stringify(words)).toMatch(/\b1 (minute|minuto)\b/);
  });
});
