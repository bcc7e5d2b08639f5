import type { Lang } from "@backtalk/engine";

/**
 * Dates and times of diary entries as they were written (the person's own calendar day and clock), whatever
 * time zone the device is in now. The engine reads diary days the same way.
 */
const asWritten = (iso: string): Date =>
  new Date(`${iso.slice(0, 10)}T${iso.length > 10 ? iso.slice(11, 16) : "12:00"}:00Z`);

const locale = (lang: Lang) => (lang === "es" ? "es" : "en-GB");

/** "3 Nov 2026" / "3 nov 2026". */
export function shortDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(asWritten(iso));
}

/** "Tue 3 Nov, 08:05" / "mar 3 nov, 08:05". */
export function entryTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(asWritten(iso));
}

/** "3 Nov" for chart axes. */
export function dayMonth(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { day: "numeric", month: "short", timeZone: "UTC" }).format(
    asWritten(iso),
  );
}
