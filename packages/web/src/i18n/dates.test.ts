import { LANGS } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { formatHour, formatTime } from "./dates.ts";

describe("clock times", () => {
  it.each(LANGS)("%s: written as the language writes local clock time", (lang) => {
    const at = new Date(2026, 10, 3, 14, 5).getTime();
    const expected = new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit" });
    expect(formatTime(at, lang)).toBe(expected.format(at));
    expect(formatTime(at, lang)).toMatch(/0?2:05|14:05/);
    expect(formatHour(9, lang)).toBe(expected.format(new Date(new Date().setHours(9, 0, 0, 0))));
  });
});
