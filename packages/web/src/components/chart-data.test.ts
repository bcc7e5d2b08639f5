import { describe, expect, it } from "vitest";
import { canDraw, chartSeries, dayRows, writtenSeconds } from "./chart-data.ts";

const input = {
  points: [
    { at: "2026-11-02T08:00:00+01:00", pain: 6 },
    { at: "2026-11-01T08:00:00+01:00", pain: 7 },
    { at: "2026-11-01T20:00:00+01:00", pain: 5 },
    { at: "2026-11-20T08:00:00-05:00", pain: 2 },
  ],
  episodes: [{ start: "2026-11-01T08:00:00+01:00", end: "2026-11-02T08:00:00+01:00" }],
  cold: ["2026-11-01T10:00:00+01:00", "2026-11-01T13:00:00+01:00"],
  walks: ["2026-11-02T17:00:00+01:00"],
};

describe("the pain chart's data", () => {
  it("places times as written (the person's own clock), whatever the offset", () => {
    expect(writtenSeconds("2026-11-20T08:00:00-05:00")).toBe(Date.parse("2026-11-20T08:00:00Z") / 1000);
  });

  it("sorts the points and breaks the line over a gap of days", () => {
    const series = chartSeries(input);
    expect(series.pain).toEqual([7, 5, 6, null, 2]);
    expect(series.x).toEqual([...series.x].sort((a, b) => a - b));
    expect(series.bands).toHaveLength(1);
    expect(series.cold).toHaveLength(2);
  });

  it("gives one table row per day with the pain scores and self-care of that day", () => {
    expect(dayRows(input)).toEqual([
      { day: "2026-11-01", pains: [7, 5], cold: 2, walks: 0 },
      { day: "2026-11-02", pains: [6], cold: 0, walks: 1 },
      { day: "2026-11-20", pains: [2], cold: 0, walks: 0 },
    ]);
  });

  it("knows when it cannot draw (no canvas in the test DOM)", () => {
    expect(canDraw()).toBe(false);
  });
});
