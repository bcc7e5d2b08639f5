import { describe, expect, it } from "vitest";
import { COURSE } from "../knowledge/course.ts";
import { dateOf, dayOf } from "./calendar.ts";
import type { CheckIn } from "./diary.ts";
import { groupEpisodes } from "./episodes.ts";

const BASE = dayOf("2026-03-01");
let counter = 0;
/** A check-in on day `day` after 2026-03-01 at 09:00 local time. */
const at = (day: number, pain: number, extra: Partial<CheckIn> = {}): CheckIn => ({
  id: `c${++counter}`,
  at: `${dateOf(BASE + day)}T09:00:00+01:00`,
  painScore: pain,
  region: ["lower_back"],
  ...extra,
});
const days = (episode: { start: string; end: string }) => [
  dayOf(episode.start) - BASE,
  dayOf(episode.end) - BASE,
];

describe("groupEpisodes", () => {
  it("is empty without pain", () => {
    expect(groupEpisodes([])).toEqual([]);
    expect(groupEpisodes([at(0, 0), at(3, 0)])).toEqual([]);
  });

  it("keeps daily pain as one episode and sorts check-ins by time", () => {
    const episodes = groupEpisodes([at(2, 5), at(0, 6), at(1, 7, { region: ["mid_back"] })]);
    expect(episodes).toHaveLength(1);
    expect(days(episodes[0]!)).toEqual([0, 2]);
    expect(episodes[0]!.peakPain).toBe(7);
    expect(episodes[0]!.regions).toEqual(["lower_back", "mid_back"]);
  });

  it(`starts a new episode after a pain-free check-in and exactly ${COURSE.painFreeGapDays} days without pain`, () => {
    const gap = COURSE.painFreeGapDays;
    const split = groupEpisodes([at(0, 6), at(3, 0), at(3 + gap, 4)]);
    expect(split.map(days)).toEqual([
      [0, 3],
      [3 + gap, 3 + gap],
    ]);
    expect(split[0]!.resolved).toBe(true);
    expect(split[0]!.lastPainAt).toBe(split[0]!.checkIns[0]!.at);
  });

  it(`keeps one episode when pain returns ${COURSE.painFreeGapDays - 1} days after the pain-free check-in`, () => {
    const gap = COURSE.painFreeGapDays;
    const merged = groupEpisodes([at(0, 6), at(3, 0), at(3 + gap - 1, 4)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.checkIns).toHaveLength(3);
  });

  it("counts the pain-free gap from the first pain-free check-in, and pain resets it", () => {
    // 0 on day 2, pain on day 4, 0 on day 5: the gap runs from day 5, so day 11 is still the same episode.
    expect(groupEpisodes([at(0, 5), at(2, 0), at(4, 3), at(5, 0), at(11, 4)])).toHaveLength(1);
    expect(groupEpisodes([at(0, 5), at(2, 0), at(4, 3), at(5, 0), at(12, 4)])).toHaveLength(2);
  });

  it(`starts a new episode after ${COURSE.quietGapDays} quiet days following pain of at most ${COURSE.quietMaxPain}`, () => {
    const quiet = COURSE.quietGapDays;
    expect(groupEpisodes([at(0, 6), at(4, 1), at(4 + quiet, 5)])).toHaveLength(2);
    expect(groupEpisodes([at(0, 6), at(4, 1), at(4 + quiet - 1, 5)])).toHaveLength(1);
  });

  it("never splits on silence alone while the last pain was above the quiet threshold", () => {
    const episodes = groupEpisodes([at(0, 6), at(4, COURSE.quietMaxPain + 1), at(60, 5)]);
    expect(episodes).toHaveLength(1);
  });

  it("does not attach pain-free check-ins after the gap to the finished episode", () => {
    const episodes = groupEpisodes([at(0, 6), at(1, 0), at(9, 0), at(30, 0), at(40, 3)]);
    expect(episodes.map(days)).toEqual([
      [0, 1],
      [40, 40],
    ]);
  });

  it("marks the latest episode resolved only once the gap has passed by today", () => {
    const checkIns = [at(0, 6), at(5, 0)];
    const gap = COURSE.painFreeGapDays;
    expect(groupEpisodes(checkIns, { today: dateOf(BASE + 5 + gap - 1) })[0]!.resolved).toBe(false);
    expect(groupEpisodes(checkIns, { today: dateOf(BASE + 5 + gap) })[0]!.resolved).toBe(true);
    expect(groupEpisodes(checkIns)[0]!.resolved).toBe(false);
  });

  it("reads the calendar day as written, whatever the offset", () => {
    // 23:30 at UTC-08:00 is already the next day in UTC; the person's day is the one they wrote.
    const late: CheckIn = { id: "x", at: "2026-03-08T23:30:00-08:00", painScore: 4, region: ["lower_back"] };
    const episodes = groupEpisodes([at(0, 6), at(1, 0), late]);
    // Written 2026-03-08: 6 days after the pain-free 2026-03-02, so still the same episode (UTC would say 7).
    expect(episodes).toHaveLength(1);
  });
});
