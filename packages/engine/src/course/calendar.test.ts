import { assess, dateIn } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { negativeFacts } from "../testing/negative-facts.ts";

/** 01:30 UTC on 7 December: still the 6th in the Americas, already the 7th from Europe eastwards. */
const NOW = new Date("2026-12-07T01:30:00Z");

describe("the person's date", () => {
  it.each([
    ["UTC", "2026-12-07"],
    ["America/Los_Angeles", "2026-12-06"],
    ["America/Mexico_City", "2026-12-06"],
    ["Europe/Madrid", "2026-12-07"],
    ["Asia/Tokyo", "2026-12-07"],
    ["Pacific/Kiritimati", "2026-12-07"],
  ])("in %s is %s", (zone, date) => {
    expect(dateIn(NOW, zone)).toBe(date);
  });

  it("names a time zone that does not exist", () => {
    expect(() => dateIn(NOW, "Mars/Olympus_Mons")).toThrow(RangeError);
  });

  it("dates the plan from the day given, so two time zones get the plan of their own day", () => {
    const facts = negativeFacts({ onsetDaysAgo: 2 });
    const west = assess(facts, { today: dateIn(NOW, "America/Los_Angeles") }).plan;
    const east = assess(facts, { today: dateIn(NOW, "Asia/Tokyo") }).plan;
    expect(west).toMatchObject({ level: "self_care", betterBy: "2026-12-25" });
    expect(east).toMatchObject({ level: "self_care", betterBy: "2026-12-26" });
  });
});
