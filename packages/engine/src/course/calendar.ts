/**
 * Calendar days for the diary. A diary time is read on the calendar day written in it (its local date), so
 * "days since onset" counts the person's days, not 24-hour spans, whatever time zone the engine runs in.
 */

import { BoundedMap } from "../bounded-map.ts";

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Day number (days since 1970-01-01) of an ISO date or date-time, from the date as written. */
export function dayOf(iso: string): number {
  const match = DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export const dateOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** The instant of an ISO date-time in milliseconds, for ordering entries within a day. */
export const instantOf = (iso: string): number => Date.parse(iso);

/** Entries in time order; equal times keep a stable order by id. */
export function byTime<T extends { readonly id: string }>(items: readonly T[], at: (item: T) => string): T[] {
  return [...items].sort(
    (a, b) => instantOf(at(a)) - instantOf(at(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * One formatter per named time zone, made once: building an Intl.DateTimeFormat costs far more than using one.
 * The zone can come from a request, so the cache is bounded (about 600 zones, each in any letter case). The
 * runtime's own zone is not cached: it follows a change of TZ.
 */
const ZONE_FORMATS = new BoundedMap<string, Intl.DateTimeFormat>(64);
const dateFormat = (timeZone?: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat("en-US", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    ...(timeZone === undefined ? {} : { timeZone }),
  });

/**
 * The person's calendar date (YYYY-MM-DD) at `now`: in the IANA time zone given, or the runtime's own zone
 * (the device's, the terminal's) when none is. A RangeError names a time zone that does not exist.
 * @example dateIn(new Date("2026-12-07T01:30:00Z"), "America/Los_Angeles") // "2026-12-06"
 */
export function dateIn(now: Date, timeZone?: string): string {
  const format = timeZone === undefined ? dateFormat() : ZONE_FORMATS.getOrMake(timeZone, dateFormat);
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
