/**
 * The pain chart's data, computed apart from drawing so it can be tested without a canvas. Times are placed
 * as written (the person's own day and clock), the same way the engine counts diary days.
 */

export interface ChartInput {
  /** Pain scores in time order. */
  readonly points: readonly { readonly at: string; readonly pain: number }[];
  /** Episodes to shade, first and last check-in. */
  readonly episodes: readonly { readonly start: string; readonly end: string }[];
  readonly cold: readonly string[];
  readonly walks: readonly string[];
}

/** Days without a check-in after which the line breaks instead of joining two far-apart points. */
export const GAP_DAYS = 3;

export interface ChartSeries {
  /** Seconds, as uPlot wants them. */
  readonly x: number[];
  /** Null where the line breaks (a gap of more than GAP_DAYS). */
  readonly pain: (number | null)[];
  readonly bands: readonly (readonly [number, number])[];
  readonly cold: number[];
  readonly walks: number[];
}

/** Seconds of a diary time read as written (its local clock, placed on a UTC axis). */
export function writtenSeconds(iso: string): number {
  const time = iso.length > 10 ? iso.slice(11, 19) : "12:00:00";
  return Date.parse(`${iso.slice(0, 10)}T${time}Z`) / 1000;
}

export function chartSeries(input: ChartInput): ChartSeries {
  const points = [...input.points]
    .map((point) => ({ x: writtenSeconds(point.at), pain: point.pain }))
    .sort((a, b) => a.x - b.x);
  const seconds = (list: readonly string[]) => list.map(writtenSeconds).sort((a, b) => a - b);
  const x: number[] = [];
  const pain: (number | null)[] = [];
  points.forEach((point, index) => {
    const before = points[index - 1];
    if (before && point.x - before.x > GAP_DAYS * 86_400) {
      x.push((before.x + point.x) / 2);
      pain.push(null);
    }
    x.push(point.x);
    pain.push(point.pain);
  });
  return {
    x,
    pain,
    bands: input.episodes.map(
      (episode) => [writtenSeconds(episode.start), writtenSeconds(episode.end)] as const,
    ),
    cold: seconds(input.cold),
    walks: seconds(input.walks),
  };
}

export interface DayRow {
  readonly day: string;
  readonly pains: readonly number[];
  readonly cold: number;
  readonly walks: number;
}

/** One row per calendar day with anything logged, oldest first: the chart as a table. */
export function dayRows(input: ChartInput): DayRow[] {
  const days = new Map<string, { pains: number[]; cold: number; walks: number }>();
  const row = (iso: string) => {
    const day = iso.slice(0, 10);
    let entry = days.get(day);
    if (!entry) {
      entry = { pains: [], cold: 0, walks: 0 };
      days.set(day, entry);
    }
    return entry;
  };
  for (const point of [...input.points].sort((a, b) => writtenSeconds(a.at) - writtenSeconds(b.at)))
    row(point.at).pains.push(point.pain);
  for (const at of input.cold) row(at).cold++;
  for (const at of input.walks) row(at).walks++;
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, entry]) => ({ day, ...entry }));
}

/** A canvas that can draw: false in test DOMs (happy-dom), where uPlot would throw. */
export function canDraw(): boolean {
  try {
    return typeof document !== "undefined" && document.createElement("canvas").getContext("2d") !== null;
  } catch {
    return false;
  }
}
