import { BoundedMap } from "../bounded-map.ts";
import { dateLocaleOf, type Lang } from "./languages.ts";

/**
 * Dates for people, in their language. A diary time is written on the person's own calendar day and clock, so it
 * is read as written ("2026-11-03T23:30+01:00" is 3 Nov at 23:30), whatever time zone the code runs in.
 */

/** The ways a date is written across the app, report, PDF and share page. */
export const DATE_STYLES = {
  /** "Wednesday, 16 December 2026": dates in advice and plans. */
  full: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  /** "16 December 2026": dates on a shared page's header and footer. */
  long: { dateStyle: "long" },
  /** "3 Nov 2026": diary and report dates. */
  short: { day: "numeric", month: "short", year: "numeric" },
  /** "3 Nov": chart axes. */
  dayMonth: { day: "numeric", month: "short" },
  /** "Tue 3 Nov, 08:05": one diary entry. */
  entry: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/** Made on first use: building an Intl.DateTimeFormat costs far more than using one. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, style: DateStyle): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let formatter = FORMATS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocaleOf(lang), { ...DATE_STYLES[style], timeZone: "UTC" });
    FORMATS.set(key, formatter);
  }
  return formatter;
}

/** The date and clock time written in an ISO date or date-time, as a UTC instant (noon for a bare date). */
const asWritten = (iso: string): Date =>
  new Date(`${iso.slice(0, 10)}T${iso.length > 10 ? iso.slice(11, 16) : "12:00"}:00Z`);

/**
 * Written dates, kept: a server writes the same few dates (today, a week on) into every answer, and formatting
 * one costs more than the rest of a plan's texts. Bounded, as the dates come from requests.
 */
const WRITTEN = new BoundedMap<string, string>(1024);

/** An ISO date or date-time in `lang`, in one of DATE_STYLES ("short" by default). */
export const formatDate = (iso: string, lang: Lang, style: DateStyle = "short"): string =>
  WRITTEN.getOrMake(`${lang} ${style} ${iso}`, () => formatterFor(lang, style).format(asWritten(iso)));
