import { buildReport, demoDiary, generateDiary, parseDiary } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { shareSnapshot } from "./share-snapshot.ts";

const NOW = new Date("2026-11-25T10:00:00Z");
const made = { today: "2026-11-25", lang: "en" as const, generatedAt: NOW.toISOString() };

describe("what a share link sends", () => {
  it("gives the doctor the same report as on the phone, without the notes", () => {
    const diary = demoDiary({ today: "2026-11-25" });
    const snapshot = shareSnapshot(diary, { today: "2026-11-25", lang: "en", now: NOW });
    expect(snapshot).toMatchObject({ kind: "diary", today: "2026-11-25", lang: "en" });
    const sent = parseDiary(snapshot.diary);
    expect(buildReport(sent, made)).toEqual(buildReport(diary, made));
    expect(sent.checkIns.some((checkIn) => checkIn.note)).toBe(false);
    expect(diary.checkIns.some((checkIn) => checkIn.note)).toBe(true);
  });

  it("sends less than the whole diary when a year of check-ins is logged", () => {
    const diary = generateDiary({ checkIns: 1000, seed: 3 });
    const snapshot = shareSnapshot(diary, { today: "2026-11-25", lang: "es", now: NOW });
    const sent = parseDiary(snapshot.diary);
    expect(sent.checkIns.length).toBeLessThan(diary.checkIns.length);
    expect(buildReport(sent, { ...made, lang: "es" })).toEqual(buildReport(diary, { ...made, lang: "es" }));
    expect(JSON.stringify(snapshot).length).toBeLessThan(256 * 1024);
  });
});
