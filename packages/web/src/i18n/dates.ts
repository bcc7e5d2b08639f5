import type { Lang } from "@backtalk/engine";

/** One clock-time formatter per language, made on first use: building one costs far more than using it. */
const CLOCK_FORMATS = new Map<Lang, Intl.DateTimeFormat>();

/** A moment as local clock time, e.g. "14:05" or "2:05 PM" as the language writes it. */
export function formatTime(at: number, lang: Lang): string {
  let formatter = CLOCK_FORMATS.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit" });
    CLOCK_FORMATS.set(lang, formatter);
  }
  return formatter.format(new Date(at));
}

/** A local hour of the day, e.g. "9:00". */
export function formatHour(hour: number, lang: Lang): string {
  const date = new Date();
  date.setHours(hour, 0, 0, 0);
  return formatTime(date.getTime(), lang);
}
