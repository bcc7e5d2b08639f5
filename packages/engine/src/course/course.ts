import { type Assessment, assess } from "../assess.ts";
import {
  CHECK_IN_WARNING_SIGNS,
  COURSE,
  COURSE_RULE_STATUS,
  COURSE_STATUSES,
  type CourseStatus,
  HISTORY_FACTS,
  PROFILE_FACTS,
} from "../knowledge/course.ts";
import { rankOf } from "../knowledge/levels.ts";
import type { FactId, Facts, FactValue, Region } from "../schema/vocabulary.ts";
import { byTime, dateIn, dateOf, dayOf } from "./calendar.ts";
import type { CheckIn, ColdRound, CompletedCheck, Profile, Walk } from "./diary.ts";
import { type Episode, groupEpisodes } from "./episodes.ts";
import { type Trend, type TrendReading, trendOf } from "./trend.ts";

/** Where a fact's value came from, so a clinician (and the status) can tell a new report from an old answer. */
export interface FactSource {
  readonly from: "profile" | "check" | "check_in" | "history";
  /** The check or check-in that gave it. */
  readonly id?: string;
  readonly at?: string;
}

/** One answer given during the current episode, at a check or a check-in re-screen. */
export interface EpisodeAnswer {
  readonly fact: FactId;
  readonly value: FactValue;
  readonly at: string;
  readonly from: "check" | "check_in";
  readonly id: string;
}

export interface SelfCareLog {
  readonly coldRounds: number;
  readonly walks: number;
  readonly walkMinutes: number;
  /** Calendar days with at least one cold round or walk logged. */
  readonly loggedDays: number;
}

export interface Course {
  readonly today: string;
  /** Every episode, oldest first. */
  readonly episodes: readonly Episode[];
  /** The episode the person is in now (or the latest one); null when only a check, or nothing, is logged. */
  readonly episode: Episode | null;
  /**
   * ISO date the pain began: the first check-in with pain, or earlier when a check said so. The fact
   * `onsetDaysAgo` counts from here to today, or to the last pain when the episode has resolved.
   */
  readonly onset: string | null;
  readonly daysSinceOnset: number | null;
  readonly trend: Trend | null;
  readonly trendReading: TrendReading;
  /** Earlier episodes in the last 12 months in the same body-map region (the region with the most). */
  readonly previousEpisodesSameArea: {
    readonly region: Region | null;
    readonly episodes: readonly Episode[];
  };
  /** Days since self-care began in this episode (the first diary entry of the episode, or earlier if a check said so). */
  readonly selfCareDays: number | null;
  readonly selfCare: SelfCareLog;
  /** The facts the rules ran on: profile, the episode's answers, and what the history shows. Computed once. */
  readonly facts: Facts;
  readonly factSources: Readonly<Partial<Record<FactId, FactSource>>>;
  /** Every answer of this episode in time order (for the report's warning-sign table). */
  readonly answers: readonly EpisodeAnswer[];
  readonly assessment: Assessment;
  /** The first of `statuses`. Always show `assessment.level` first when it is emergency or urgent. */
  readonly status: CourseStatus;
  /** Every status that applies, in COURSE_STATUSES order. */
  readonly statuses: readonly CourseStatus[];
}

export interface CourseOptions {
  /** ISO date (YYYY-MM-DD) to judge the course on; defaults to the device's local date. */
  readonly today?: string;
}

/** What the course reads from a diary; a bare list of check-ins also works. */
export interface CourseData {
  readonly checkIns: readonly CheckIn[];
  readonly checks?: readonly CompletedCheck[] | undefined;
  readonly coldRounds?: readonly ColdRound[] | undefined;
  readonly walks?: readonly Walk[] | undefined;
  readonly profile?: Profile | undefined;
}

export type CourseInput = CourseData | readonly CheckIn[];

const isHistoryFact = (fact: string) => (HISTORY_FACTS as readonly string[]).includes(fact);
const isProfileFact = (fact: string) => (PROFILE_FACTS as readonly string[]).includes(fact);

/** The current spell of pain: its episode (if any) and the checks made during it. */
interface Spell {
  readonly episode: Episode | null;
  readonly checks: readonly CompletedCheck[];
}

/** The checks and the episode that make up the current spell of pain. */
function currentSpell(episodes: readonly Episode[], checks: readonly CompletedCheck[], today: number): Spell {
  const episode = episodes[episodes.length - 1] ?? null;
  const latestCheck = checks[checks.length - 1];
  if (!episode) return { episode: null, checks: latestCheck ? [latestCheck] : [] };
  const from = dayOf(episode.start) - COURSE.painFreeGapDays;
  const to = episode.resolved ? dayOf(episode.end) : today;
  // A check after a finished episode is a new spell that has no check-ins yet.
  if (latestCheck && episode.resolved && dayOf(latestCheck.at) > to)
    return { episode: null, checks: [latestCheck] };
  const inside = checks.filter((check) => dayOf(check.at) >= from && dayOf(check.at) <= to);
  return { episode, checks: inside };
}

/** Day the pain began: the first check-in with pain, or earlier when a check of this spell said so. */
function onsetDayOf(spell: Spell): number | null {
  const candidates = [
    ...(spell.episode ? [dayOf(spell.episode.start)] : []),
    ...spell.checks.flatMap((check) =>
      check.facts.onsetDaysAgo === undefined ? [] : [dayOf(check.at) - check.facts.onsetDaysAgo],
    ),
  ];
  return candidates.length > 0 ? Math.min(...candidates) : null;
}

function sameArea(earlier: readonly Episode[], regions: readonly Region[], today: number) {
  const recent = earlier.filter(
    (episode) => today - dayOf(episode.lastPainAt) <= COURSE.sameAreaLookbackDays,
  );
  let best: { region: Region | null; episodes: readonly Episode[] } = { region: null, episodes: [] };
  for (const region of regions) {
    const matching = recent.filter((episode) => episode.regions.includes(region));
    if (best.region === null || matching.length > best.episodes.length) best = { region, episodes: matching };
  }
  return best;
}

/** The cold rounds and walks logged in this spell, and how many days self-care has gone on. */
function selfCareOf(diary: CourseData, spell: Spell, spellStart: number, today: number) {
  const inSpell = (at: string) => dayOf(at) >= spellStart && dayOf(at) <= today;
  const coldRounds = (diary.coldRounds ?? []).filter((round) => inSpell(round.startedAt));
  const walks = (diary.walks ?? []).filter((walk) => inSpell(walk.at));
  const loggedDays = new Set([
    ...coldRounds.map((round) => dayOf(round.startedAt)),
    ...walks.map((walk) => dayOf(walk.at)),
  ]);
  // Self-care began with the episode's first entry, the first logged action, or earlier when a check said so.
  const starts = [
    ...(spell.episode ? [dayOf(spell.episode.start)] : []),
    ...loggedDays,
    ...spell.checks.map((check) => dayOf(check.at) - (check.facts.selfCareDays ?? 0)),
  ];
  const log: SelfCareLog = {
    coldRounds: coldRounds.length,
    walks: walks.length,
    walkMinutes: walks.reduce((sum, walk) => sum + (walk.minutes ?? 0), 0),
    loggedDays: loggedDays.size,
  };
  return { log, days: starts.length === 0 ? null : Math.max(0, today - Math.min(...starts)) };
}

const maxDefined = (...values: (number | undefined)[]): number | undefined => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : Math.max(...known);
};

/** Facts with where each came from, filled oldest source first so a later one overrides. */
class FactSheet {
  readonly facts: Record<string, FactValue> = {};
  readonly sources: Partial<Record<FactId, FactSource>> = {};
  put(fact: FactId, value: FactValue | undefined, source: FactSource): void {
    if (value === undefined) return;
    this.facts[fact] = value;
    this.sources[fact] = source;
  }
  forget(fact: FactId): void {
    delete this.facts[fact];
    delete this.sources[fact];
  }
}

/** Profile facts: from every check, then the diary's profile, which the person keeps up to date. */
function putProfile(sheet: FactSheet, diary: CourseData, checks: readonly CompletedCheck[]): void {
  for (const check of checks) {
    for (const fact of PROFILE_FACTS)
      sheet.put(fact, check.facts[fact], { from: "check", id: check.id, at: check.at });
  }
  for (const fact of PROFILE_FACTS) sheet.put(fact, diary.profile?.[fact], { from: "profile" });
}

/** This spell's answers at checks and check-in re-screens, in time order; returns them as the episode's answers. */
function putAnswers(sheet: FactSheet, spell: Spell): EpisodeAnswer[] {
  const answers: EpisodeAnswer[] = [];
  const events = byTime(
    [
      ...spell.checks.map((check) => ({
        id: check.id,
        at: check.at,
        from: "check" as const,
        facts: check.facts as Facts,
      })),
      ...(spell.episode?.checkIns ?? []).map((checkIn) => ({
        id: checkIn.id,
        at: checkIn.at,
        from: "check_in" as const,
        rescreened: checkIn.warningSigns !== undefined,
        facts: (checkIn.warningSigns ?? {}) as Facts,
      })),
    ],
    (event) => event.at,
  );
  for (const event of events) {
    // Warning signs describe today: a re-screen that leaves a sign out ("not sure") makes it unknown again,
    // so an earlier "no" never stands in for it.
    if ("rescreened" in event && event.rescreened) {
      for (const fact of CHECK_IN_WARNING_SIGNS) {
        if (event.facts[fact] === undefined && !isProfileFact(fact)) sheet.forget(fact);
      }
    }
    for (const [fact, value] of Object.entries(event.facts) as [FactId, FactValue][]) {
      if (isHistoryFact(fact) || isProfileFact(fact) || value === undefined) continue;
      sheet.put(fact, value, { from: event.from, id: event.id, at: event.at });
      answers.push({ fact, value, at: event.at, from: event.from, id: event.id });
    }
  }
  return answers;
}

/** What the history itself shows; it replaces what a check said when the diary knows better. */
interface HistoryReading {
  readonly spell: Spell;
  readonly onsetDay: number | null;
  readonly daysSinceOnset: number | null;
  readonly trend: Trend | null;
  readonly regions: readonly Region[];
  readonly previousSameArea: number;
  readonly selfCareDays: number | null;
}

function putHistory(sheet: FactSheet, reading: HistoryReading): void {
  const { episode, checks } = reading.spell;
  const latestCheck = checks[checks.length - 1];
  const history: FactSource = { from: "history" };
  const fromCheck = (fact: FactId) => latestCheck?.facts[fact];
  const latestWith = <K extends "side" | "mobility">(key: K) =>
    [...(episode?.checkIns ?? [])].reverse().find((checkIn) => checkIn[key] !== undefined)?.[key];
  const lastCheckIn = episode?.checkIns[episode.checkIns.length - 1];
  // A finished episode is judged on how long it lasted, so S2 never fires weeks after the pain has gone.
  const { onsetDay } = reading;
  const onsetDaysAgo =
    onsetDay === null
      ? undefined
      : episode?.resolved
        ? dayOf(episode.lastPainAt) - onsetDay
        : reading.daysSinceOnset;
  sheet.put("onsetDaysAgo", onsetDaysAgo ?? undefined, history);
  sheet.put(
    "course",
    reading.trend ?? fromCheck("course"),
    reading.trend ? history : checkSource(latestCheck),
  );
  sheet.put(
    "previousEpisodesSameArea",
    maxDefined(
      reading.regions.length > 0 ? reading.previousSameArea : undefined,
      latestCheck?.facts.previousEpisodesSameArea,
    ),
    history,
  );
  sheet.put("selfCareDays", reading.selfCareDays ?? undefined, history);
  sheet.put("painScore", lastCheckIn?.painScore ?? fromCheck("painScore"), history);
  sheet.put("region", reading.regions.length > 0 ? [...reading.regions] : undefined, history);
  sheet.put("side", latestWith("side") ?? fromCheck("side"), history);
  sheet.put("mobility", latestWith("mobility") ?? fromCheck("mobility"), history);
}

/**
 * The course of the back pain from the diary: episodes, trend, days since onset, earlier episodes in the same
 * area, and the assessment re-run on facts the history itself supplies, so S1, S2, S3 and S8 come from the data
 * and a warning sign reported at a check-in escalates at once.
 */
export function courseOf(input: CourseInput, options: CourseOptions = {}): Course {
  const diary: CourseData = Array.isArray(input) ? { checkIns: input } : (input as CourseData);
  const today = (options.today ?? dateIn(new Date())).slice(0, 10);
  const todayDay = dayOf(today);
  const notLater = (at: string) => dayOf(at) <= todayDay;
  const checkIns = diary.checkIns.filter((checkIn) => notLater(checkIn.at));
  const checks = byTime(diary.checks ?? [], (check) => check.at).filter((check) => notLater(check.at));
  const episodes = groupEpisodes(checkIns, { today });
  const spell = currentSpell(episodes, checks, todayDay);
  const { episode } = spell;
  const latestCheck = spell.checks[spell.checks.length - 1];

  const onsetDay = onsetDayOf(spell);
  const daysSinceOnset = onsetDay === null ? null : Math.max(0, todayDay - onsetDay);
  const trendReading = episode ? trendOf(episode.checkIns) : { trend: null, baseline: null, recent: null };
  const regions = episode?.regions ?? latestCheck?.facts.region ?? [];
  const earlier = episode ? episodes.slice(0, episode.index) : episodes;
  const previous = sameArea(earlier, regions, todayDay);
  const selfCare = selfCareOf(diary, spell, onsetDay ?? todayDay, todayDay);

  const sheet = new FactSheet();
  putProfile(sheet, diary, checks);
  const answers = putAnswers(sheet, spell);
  putHistory(sheet, {
    spell,
    onsetDay,
    daysSinceOnset,
    trend: trendReading.trend,
    regions,
    previousSameArea: previous.episodes.length,
    selfCareDays: selfCare.days,
  });

  const facts = sheet.facts as Facts;
  const assessment = assess(facts, { today });
  const statuses = statusesOf(assessment, sheet.sources, trendReading.trend);
  return {
    today,
    episodes,
    episode,
    onset: onsetDay === null ? null : dateOf(onsetDay),
    daysSinceOnset,
    trend: trendReading.trend,
    trendReading,
    previousEpisodesSameArea: previous,
    selfCareDays: selfCare.days,
    selfCare: selfCare.log,
    facts,
    factSources: sheet.sources,
    answers,
    assessment,
    status: statuses[0] as CourseStatus,
    statuses,
  };
}

const checkSource = (check: CompletedCheck | undefined): FactSource =>
  check ? { from: "check", id: check.id, at: check.at } : { from: "history" };

/**
 * Statuses read from the rules that fired: an emergency or urgent rule that cites a fact reported at a
 * check-in is a new warning sign; S1/S2/S3/S8 map through COURSE_RULE_STATUS; then the trend.
 */
function statusesOf(
  assessment: Assessment,
  sources: Partial<Record<FactId, FactSource>>,
  trend: Trend | null,
): CourseStatus[] {
  const found = new Set<CourseStatus>();
  for (const rule of assessment.rules) {
    const fromCheckIn = rule.facts.some((fact) => sources[fact]?.from === "check_in");
    if (fromCheckIn && rankOf(rule.level) >= rankOf("urgent")) found.add("new_warning_sign");
    const status = (COURSE_RULE_STATUS as Partial<Record<string, CourseStatus>>)[rule.id];
    if (status) found.add(status);
  }
  found.add(trend ?? "too_early");
  return COURSE_STATUSES.filter((status) => found.has(status));
}
