import { afterEach, describe, expect, it } from "vitest";
import { checkedToday } from "./common.ts";

const NOW = () => new Date("2026-12-07T01:30:00Z");
const SYSTEM_ZONE = process.env.TZ;

describe("the CLI's today", () => {
  afterEach(() => {
    if (SYSTEM_ZONE === undefined) delete process.env.TZ;
    else process.env.TZ = SYSTEM_ZONE;
  });

  it.each([
    ["UTC", "2026-12-07"],
    ["America/Los_Angeles", "2026-12-06"],
    ["Asia/Tokyo", "2026-12-07"],
  ])("is the date in the terminal's time zone (%s)", (zone, date) => {
    process.env.TZ = zone;
    expect(checkedToday(undefined, NOW)).toBe(date);
  });

  it("is the date given with --today, whatever the time zone", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(checkedToday("2026-12-07", NOW)).toBe("2026-12-07");
  });
});
