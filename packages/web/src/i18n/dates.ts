import type { Lang } from "@backtalk/engine";

/** A moment as local clock time, e.g. "14:05" or "2:05 PM" as the language writes it. */
export function formatTime(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit" }).format(new Date(at));
}

/** A local hour of the day, e.g. "9:00". */
export function formatHour(hour: number, lang: Lang): string {
  const date = new Date();
  date.setHours(hour, 0, 0, 0);
  return formatTime(date.getTime(), lang);
}
