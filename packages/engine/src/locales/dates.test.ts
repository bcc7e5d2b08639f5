import { describe, expect, it } from "vitest";
import { formatDate } from "./dates.ts";

describe("formatDate", () => {
  it("writes a date in each language and style, the same every time it is asked", () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDate("2026-12-16", "en", "full")).toBe("Wednesday, 16 December 2026");
      expect(formatDate("2026-12-16", "es", "full")).toBe("miércoles, 16 de diciembre de 2026");
      expect(formatDate("2026-11-03", "en")).toBe("3 Nov 2026");
      expect(formatDate("2026-11-03T23:30+01:00", "en", "entry")).toBe("Tue 3 Nov, 23:30");
    }
  });

  it("keeps answering correctly after more distinct dates than it keeps", () => {
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
    for (let n = 0; n < 3000; n++) formatDate(day(n), "en", "short");
    expect(formatDate(day(0), "en", "short")).toBe("1 Jan 2020");
    expect(formatDate(day(2999), "en", "short")).toBe("18 Mar 2028");
  });
});
