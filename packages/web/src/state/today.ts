import { localDay } from "../storage/logs.ts";

/** Today's local date, YYYY-MM-DD: the day a plan is dated from. */
export const today = (): string => localDay(Date.now());
