import { dateIn } from "@backtalk/engine";

/** The person's date (YYYY-MM-DD) in the browser's time zone: the day plans, the diary and reports count from. */
export const today = (): string => dateIn(new Date());
