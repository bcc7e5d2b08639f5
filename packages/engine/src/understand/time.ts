import type { Lang, TimeLexicon } from "./lexicon.ts";
import { parseNumber } from "./numbers.ts";
import { regex } from "./regex.ts";
import type { Span } from "./scope.ts";

/** A phrase that says how many days ago something began ("3 days ago", "since Saturday", "hace dos semanas"). */
export interface TimePhrase extends Span {
  readonly days: number;
  readonly priority: number;
  readonly confidence: number;
}

/** Weekday (Sunday 0) of an ISO date, or undefined when it is not one. */
export function weekdayOf(isoDate: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return undefined;
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : new Date(time).getUTCDay();
}

/** Days from the last `weekday` before `today` (a week when they are the same day). */
export const daysSinceWeekday = (weekday: number, today: number): number => (today - weekday + 7) % 7 || 7;

/** Days back to `weekday` in the week before this one, weeks starting on Monday ("Tuesday last week"). */
export const daysSinceWeekdayLastWeek = (weekday: number, today: number): number =>
  ((today + 6) % 7) + 7 - ((weekday + 6) % 7);

/**
 * Days back to a named weekday. "Tuesday last week" is the Tuesday of the week before this one; "last Tuesday",
 * "el martes pasado" the latest Tuesday, except yesterday (that would have been "yesterday"): then a week before.
 */
function weekdayDays(groups: Record<string, string | undefined>, weekday: number, today: number): number {
  if (groups.lastWeek !== undefined) return daysSinceWeekdayLastWeek(weekday, today);
  const days = daysSinceWeekday(weekday, today);
  return days === 1 && (groups.previous ?? groups.previous2) !== undefined ? 8 : days;
}

const unitDays = (unit: string, time: TimeLexicon): number | undefined =>
  time.units.find(([word]) => regex(`^(?:${word})$`).test(unit))?.[1];

const weekdayNumber = (word: string, time: TimeLexicon): number | undefined =>
  time.weekdays.find(([name]) => regex(`^(?:${name})$`).test(word))?.[1];

function daysOf(
  groups: Record<string, string | undefined>,
  fixed: number | undefined,
  text: string,
  lang: Lang,
  time: TimeLexicon,
  today: number | undefined,
): { days: number; confidence: number } | undefined {
  if (groups.weekday !== undefined) {
    const weekday = weekdayNumber(groups.weekday, time);
    // Without today's date "since Saturday" cannot be counted: it stays unknown.
    return weekday === undefined || today === undefined
      ? undefined
      : { days: weekdayDays(groups, weekday, today), confidence: 0.9 };
  }
  if (groups.n !== undefined && groups.unit !== undefined) {
    const amount = parseNumber(groups.n, lang);
    const perUnit = unitDays(groups.unit, time);
    if (!amount || perUnit === undefined) return undefined;
    const half = /\band a half\b|\by medi[oa]\b/.test(text) ? 0.5 : 0;
    const days = (amount.value + half) * perUnit;
    // Hours count whole days gone by ("48 hours" is 2, "12 hours" is today); longer units round ("a week and a half").
    return { days: perUnit < 1 ? Math.floor(days) : Math.round(days), confidence: amount.confidence };
  }
  return fixed === undefined ? undefined : { days: fixed, confidence: 0.9 };
}

/**
 * Every time phrase in normalised text. Where phrases overlap, the most specific wins ("for about a month"
 * over "a month"). `today` is an ISO date for weekday phrases.
 */
export function findTimePhrases(text: string, lang: Lang, time: TimeLexicon, today?: string): TimePhrase[] {
  const weekday = today === undefined ? undefined : weekdayOf(today);
  const found: TimePhrase[] = [];
  for (const pattern of time.patterns) {
    for (const m of text.matchAll(regex(pattern.re, "g"))) {
      const value = daysOf(m.groups ?? {}, pattern.days, m[0], lang, time, weekday);
      if (!value) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        days: value.days,
        priority: pattern.priority,
        confidence: Math.min(value.confidence, pattern.confidence ?? 0.9),
      });
    }
  }
  found.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimePhrase[] = [];
  for (const phrase of found) {
    if (!kept.some((k) => phrase.start < k.end && k.start < phrase.end)) kept.push(phrase);
  }
  return kept.sort((a, b) => a.start - b.start);
}
