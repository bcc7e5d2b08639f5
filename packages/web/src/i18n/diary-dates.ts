import { dateLocaleOf, type Lang } from "@backtalk/engine";

/**
 * Dates and times of diary entries as they were written (the person's own calendar day and clock), whatever
 * time zone the device is in now. The engine reads diary days the same way.
 */
const asWritten = (iso: string): Date =>
  new Date(`${iso.slice(0, 10)}T${iso.length > 10 ? iso.slice(11, 16) : "12:00"}:00Z`);

/** One formatter per language, made on first use: building an Intl.DateTimeFormat costs far more than using one. */
function formatterPerLang(options: Intl.DateTimeFormatOptions): (lang: Lang) => Intl.DateTimeFormat {
  const made = new Map<Lang, Intl.DateTimeFormat>();
  return (lang) => {
    let formatter = made.get(lang);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(dateLocaleOf(lang), { ...options, timeZone: "UTC" });
      made.set(lang, formatter);
    }
    return formatter;
  };
}

const SHORT_DATE = formatterPerLang({ day: "numeric", month: "short", year: "numeric" });
const ENTRY_TIME = formatterPerLang({
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});
const DAY_MONTH = formatterPerLang({ day: "numeric", month: "short" });

/** "3 Nov 2026" / "3 nov 2026". */
export const shortDate = (iso: string, lang: Lang): string => SHORT_DATE(lang).format(asWritten(iso));

/** "Tue 3 Nov, 08:05" / "mar 3 nov, 08:05". */
export const entryTime = (iso: string, lang: Lang): string => ENTRY_TIME(lang).format(asWritten(iso));

/** "3 Nov" for chart axes. */
export const dayMonth = (iso: string, lang: Lang): string => DAY_MONTH(lang).format(asWritten(iso));
