import { COURSE } from "../knowledge/course.ts";
import type { Facts } from "../schema/vocabulary.ts";
import { dayOf } from "./calendar.ts";
import type { CheckIn } from "./diary.ts";

export type Trend = NonNullable<Facts["course"]>;

export interface TrendReading {
  /** Null while too few days are logged to compare (the latest check-in is still in the first window). */
  readonly trend: Trend | null;
  /** Worst pain in the episode's first `trendWindowDays` days. */
  readonly baseline: number | null;
  /** Worst pain in its latest `trendWindowDays` days, not overlapping the first. */
  readonly recent: number | null;
}

const worst = (checkIns: readonly CheckIn[]) => Math.max(...checkIns.map((checkIn) => checkIn.painScore));

/** A change is real when it reaches the points or the fraction of the first days' worst (COURSE.meaningfulChange). */
function meaningful(change: number, baseline: number): boolean {
  const { points, fraction } = COURSE.meaningfulChange;
  return change >= points || (baseline > 0 && change / baseline >= fraction);
}

/**
 * The episode's trend: the worst pain of its first days against the worst of its latest days.
 * Worst-of-window on both sides makes "improving" harder and "worsening" easier to reach, never the other way.
 */
export function trendOf(checkIns: readonly CheckIn[]): TrendReading {
  const first = checkIns[0];
  const last = checkIns[checkIns.length - 1];
  if (!first || !last) return { trend: null, baseline: null, recent: null };
  const window = COURSE.trendWindowDays;
  const firstDay = dayOf(first.at);
  const lastDay = dayOf(last.at);
  const early = checkIns.filter((checkIn) => dayOf(checkIn.at) < firstDay + window);
  const late = checkIns.filter((checkIn) => {
    const day = dayOf(checkIn.at);
    return day > lastDay - window && day >= firstDay + window;
  });
  const baseline = worst(early);
  if (late.length === 0) return { trend: null, baseline, recent: null };
  const recent = worst(late);
  const trend: Trend = meaningful(baseline - recent, baseline)
    ? "improving"
    : meaningful(recent - baseline, baseline)
      ? "worsening"
      : "unchanged";
  return { trend, baseline, recent };
}
