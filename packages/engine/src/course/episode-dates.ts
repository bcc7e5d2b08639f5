import { formatDate } from "../locales/dates.ts";
import { messagesFor } from "../locales/index.ts";
import type { Lang } from "../locales/languages.ts";
import { format } from "../locales/messages.ts";
import { dateOf, dayOf } from "./calendar.ts";
import type { Course } from "./course.ts";

/**
 * The dates and lengths of spells of pain, computed once here for the diary, the report, the PDF and the shared
 * page, so every screen says the same thing. Counting rule: a spell lasts every calendar day from the day the
 * pain began to its last day with pain, both counted (8 May to 13 May is 6 days; one day of pain is 1 day).
 * While the pain goes on its last day is today: pain that began 22 days ago is on its 23rd day.
 */
export interface PainSpan {
  /** ISO date the pain began. */
  readonly start: string;
  /** ISO date of the last day with pain; today while the pain goes on. */
  readonly end: string;
  readonly ongoing: boolean;
  /** Calendar days from `start` to `end`, both counted. */
  readonly days: number;
  /** Days from `start` to today: 0 when it began today. */
  readonly daysAgo: number;
}

export interface EpisodeSpan extends PainSpan {
  /** The episode's index in `course.episodes`. */
  readonly index: number;
  /** The episode the person is in now (or the latest one). */
  readonly current: boolean;
}

export interface CourseDates {
  /** The current spell of pain, from its onset; null when nothing says when it began. */
  readonly onset: PainSpan | null;
  /** One per episode, oldest first. */
  readonly episodes: readonly EpisodeSpan[];
}

/** A spell from `start` to its last day with pain, or to today while `lastPain` is null. */
export function painSpan(start: string, lastPain: string | null, today: string): PainSpan {
  const first = dayOf(start);
  const now = dayOf(today);
  const last = lastPain === null ? now : dayOf(lastPain);
  return {
    start: dateOf(first),
    end: dateOf(last),
    ongoing: lastPain === null,
    days: Math.max(1, last - first + 1),
    daysAgo: Math.max(0, now - first),
  };
}

/**
 * Every date and length the course shows: the current spell from its onset (which a check may place before the
 * first check-in) and each episode from its first to its last day with pain.
 */
export function courseDates(course: Course): CourseDates {
  const { episode, today } = course;
  const lastPainOf = (item: NonNullable<Course["episode"]>) => (item.resolved ? item.lastPainAt : null);
  const onset =
    course.onset === null ? null : painSpan(course.onset, episode ? lastPainOf(episode) : null, today);
  const episodes = course.episodes.map((item) => {
    const current = item === episode;
    const span = current && onset ? onset : painSpan(item.start, lastPainOf(item), today);
    return { ...span, index: item.index, current };
  });
  return { onset, episodes };
}

/** A span in words, every part from the report's catalog in `lang`. */
export interface SpanText {
  /** "14 Nov 2026" */
  readonly from: string;
  readonly to: string;
  /** "14 Nov 2026 to 6 Dec 2026" */
  readonly range: string;
  /** "6 days", or "today is day 23" while the pain goes on. */
  readonly length: string;
  /** "22 days ago", "today". */
  readonly ago: string;
  /** "14 Nov 2026, 22 days ago": when it began. */
  readonly started: string;
}

export function spanText(span: PainSpan, lang: Lang): SpanText {
  const labels = messagesFor(lang).report;
  const from = formatDate(span.start, lang);
  const to = formatDate(span.end, lang);
  const ago = span.daysAgo === 0 ? labels.agoToday : format(labels.ago, { days: span.daysAgo }, lang);
  return {
    from,
    to,
    range: format(labels.range, { from, to }, lang),
    length: format(span.ongoing ? labels.dayToday : labels.days, { days: span.days }, lang),
    ago,
    started: format(labels.started, { date: from, ago }, lang),
  };
}
