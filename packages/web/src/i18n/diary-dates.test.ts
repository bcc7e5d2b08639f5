import { describe, expect, it } from "vitest";
import { dayMonth, entryTime, shortDate } from "./diary-dates.ts";

describe("diary dates", () => {
  it("write the day as it was written, whatever the device's time zone", () => {
    expect(shortDate("2026-11-03", "en")).toBe("3 Nov 2026");
    expect(shortDate("2026-11-03T23:30", "es")).toMatch(/^3 nov 2026$/);
    expect(entryTime("2026-11-03T08:05", "en")).toBe("Tue 3 Nov, 08:05");
    expect(dayMonth("2026-11-03", "en")).toBe("3 Nov");
  });

  it("give the same words on every call, language by language (formatters are reused)", () => {
    const first = [shortDate("2026-05-08", "en"), shortDate("2026-05-08", "es")];
    const again = [shortDate("2026-05-08", "en"), shortDate("2026-05-08", "es")];
    expect(again).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
  });
});
