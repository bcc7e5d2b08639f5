import { formatDate, type Lang } from "@backtalk/engine";

/**
 * Dates and times of diary entries as they were written (the person's own calendar day and clock), whatever
 * time zone the device is in now: the engine's formatDate, named for the app's uses.
 */

/** "3 Nov 2026" / "3 nov 2026". */
export const shortDate = (iso: string, lang: Lang): string => formatDate(iso, lang, "short");

/** "Tue 3 Nov, 08:05" / "mar 3 nov, 08:05". */
export const entryTime = (iso: string, lang: Lang): string => formatDate(iso, lang, "entry");

/** "3 Nov" for chart axes. */
export const dayMonth = (iso: string, lang: Lang): string => formatDate(iso, lang, "dayMonth");
