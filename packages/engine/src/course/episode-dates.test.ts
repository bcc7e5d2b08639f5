import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demoDiary } from "../report/demo-diary.ts";
import { dateOf, dayOf } from "./calendar.ts";
import { courseOf } from "./course.ts";
import type { CheckIn } from "./diary.ts";
import { courseDates, painSpan, spanText } from "./episode-dates.ts";

/** The day the person who found the disagreement looked at the example diary. */
const TODAY = "2026-12-06";

describe("painSpan", () => {
  it("counts every calendar day from the first to the last day with pain, both counted", () => {
    expect(painSpan("2026-05-08", "2026-05-13T20:00:00+01:00", TODAY)).toMatchObject({
      start: "2026-05-08",
      end: "2026-05-13",
      ongoing: false,
      days: 6,
    });
    expect(painSpan("2026-05-08", "2026-05-08", TODAY).days).toBe(1);
  });

  it("ends today while the pain goes on: begun 22 days ago, today is its 23rd day", () => {
    expect(painSpan("2026-11-14", null, TODAY)).toEqual({
      start: "2026-11-14",
      end: TODAY,
      ongoing: true,
      days: 23,
      daysAgo: 22,
    });
    expect(painSpan(TODAY, null, TODAY)).toMatchObject({ days: 1, daysAgo: 0 });
  });

  it("always agrees with itself: an ongoing spell is one day longer than its age, a settled one ends on its last pain", () => {
    const day = fc.integer({ min: dayOf("2020-01-01"), max: dayOf("2030-01-01") });
    fc.assert(
      fc.property(day, fc.nat(400), fc.nat(400), (start, length, after) => {
        const today = dateOf(start + length + after);
        const ongoing = painSpan(dateOf(start), null, today);
        expect(ongoing.days).toBe(ongoing.daysAgo + 1);
        const settled = painSpan(dateOf(start), dateOf(start + length), today);
        expect(settled).toMatchObject({ end: dateOf(start + length), days: length + 1 });
        expect(settled.daysAgo).toBe(length + after);
      }),
    );
  });
});

describe("courseDates on the example diary", () => {
  const course = courseOf(demoDiary({ today: TODAY }), { today: TODAY });
  const dates = courseDates(course);

  it("ends a settled episode on its last day with pain, not on the pain-free check-ins after it", () => {
    const first = course.episodes[0];
    expect(first?.end.slice(0, 10)).toBe("2026-05-17");
    expect(dates.episodes[0]).toMatchObject({ start: "2026-05-08", end: "2026-05-13", days: 6 });
    expect(spanText(dates.episodes[0]!, "en")).toMatchObject({
      range: "8 May 2026 to 13 May 2026",
      length: "6 days",
    });
    expect(spanText(dates.episodes[0]!, "es")).toMatchObject({
      range: "8 may 2026 – 13 may 2026",
      length: "6 días",
    });
  });

  it("gives the current episode and the onset the same start, age and length", () => {
    const current = dates.episodes.find((episode) => episode.current);
    expect(current).toMatchObject({ ...dates.onset, index: 2 });
    expect(dates.onset).toMatchObject({ start: "2026-11-14", end: TODAY, days: 23, daysAgo: 22 });
    expect(course.daysSinceOnset).toBe(dates.onset?.daysAgo);
    expect(spanText(dates.onset!, "en")).toMatchObject({
      started: "14 Nov 2026, 22 days ago",
      range: "14 Nov 2026 to 6 Dec 2026",
      length: "today is day 23",
    });
    expect(spanText(dates.onset!, "es")).toMatchObject({
      started: "14 nov 2026, hace 22 días",
      length: "hoy es el día 23",
    });
  });

  it("counts one day and today in the singular, never '1 days' or '(s)'", () => {
    const one = spanText(painSpan("2026-12-05", "2026-12-05", TODAY), "en");
    expect(one).toMatchObject({ length: "1 day", ago: "1 day ago" });
    expect(spanText(painSpan("2026-12-05", "2026-12-05", TODAY), "es")).toMatchObject({
      length: "1 día",
      ago: "hace 1 día",
    });
    expect(spanText(painSpan(TODAY, null, TODAY), "en").ago).toBe("today");
    expect(spanText(painSpan(TODAY, null, TODAY), "es").ago).toBe("hoy");
  });

  it("starts the current spell where a check said the pain began, before the first check-in", () => {
    const checkIn: CheckIn = {
      id: "c1",
      at: "2026-12-04T08:00:00+01:00",
      painScore: 6,
      region: ["lower_back"],
    };
    const withCheck = courseOf(
      {
        checkIns: [checkIn],
        checks: [
          {
            id: "k1",
            at: "2026-12-04T07:00:00+01:00",
            facts: { onsetDaysAgo: 3 },
            assessment: { level: null, rules: [], knowledgeVersion: "test" },
          },
        ],
      },
      { today: TODAY },
    );
    const { onset, episodes } = courseDates(withCheck);
    expect(onset).toMatchObject({ start: "2026-12-01", days: 6, daysAgo: 5 });
    expect(episodes[0]).toMatchObject({ start: "2026-12-01", days: 6, current: true });
  });
});
