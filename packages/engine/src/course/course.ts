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

/** The checks and the episode that make up the current spell of pain. */
function currentSpell(episodes: readonly Episode[], checks: readonly CompletedCheck[], today: number) {
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

const maxDefined = (...values: (number | undefined)[]): number | undefined => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : Math.max(...known);
};

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

  // Onset: the first check-in with pain, or earlier when a check of this spell said the pain began before it.
  const onsetCandidates = [
    ...(episode ? [dayOf(episode.start)] : []),
    ...spell.checks.flatMap((check) =>
      check.facts.onsetDaysAgo === undefined ? [] : [dayOf(check.at) - check.facts.onsetDaysAgo],
    ),
  ];
  const onsetDay = onsetCandidates.length > 0 ? Math.min(...onsetCandidates) : null;
  const daysSinceOnset = onsetDay === null ? null : Math.max(0, todayDay - onsetDay);

  const trendReading = episode ? trendOf(episode.checkIns) : { trend: null, baseline: null, recent: null };
  const regions = episode?.regions ?? latestCheck?.facts.region ?? [];
  const earlier = episode ? episodes.slice(0, episode.index) : episodes;
  const previous = sameArea(earlier, regions, todayDay);

  // Self-care: the logged actions of this spell, and the day self-care began.
  const spellStart = onsetDay ?? todayDay;
  const inSpell = (at: string) => dayOf(at) >= spellStart && dayOf(at) <= todayDay;
  const coldRounds = (diary.coldRounds ?? []).filter((round) => inSpell(round.startedAt));
  const walks = (diary.walks ?? []).filter((walk) => inSpell(walk.at));
  const loggedDays = new Set([
    ...coldRounds.map((round) => dayOf(round.startedAt)),
    ...walks.map((walk) => dayOf(walk.at)),
  ]);
  const selfCareStart = [
    ...(episode ? [dayOf(episode.start)] : []),
    ...loggedDays,
    ...spell.checks.map((check) => dayOf(check.at) - (check.facts.selfCareDays ?? 0)),
  ];
  const selfCareDays = selfCareStart.length === 0 ? null : Math.max(0, todayDay - Math.min(...selfCareStart));

  // Facts, oldest source first: profile, then this spell's answers in time order, then what the history shows.
  const facts: Record<string, FactValue> = {};
  const factSources: Partial<Record<FactId, FactSource>> = {};
  const put = (fact: FactId, value: FactValue | undefined, source: FactSource) => {
    if (value === undefined) return;
    facts[fact] = value;
    factSources[fact] = source;
  };
  for (const check of checks) {
    for (const fact of PROFILE_FACTS)
      put(fact, check.facts[fact], { from: "check", id: check.id, at: check.at });
  }
  for (const fact of PROFILE_FACTS) put(fact, diary.profile?.[fact], { from: "profile" });

  const answers: EpisodeAnswer[] = [];
  const events = byTime(
    [
      ...spell.checks.map((check) => ({
        id: check.id,
        at: check.at,
        from: "check" as const,
        facts: check.facts as Facts,
      })),
      ...(episode?.checkIns ?? []).map((checkIn) => ({
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
        if (event.facts[fact] === undefined && !isProfileFact(fact)) {
          delete facts[fact];
          delete factSources[fact];
        }
      }
    }
    for (const [fact, value] of Object.entries(event.facts) as [FactId, FactValue][]) {
      if (isHistoryFact(fact) || isProfileFact(fact) || value === undefined) continue;
      put(fact, value, { from: event.from, id: event.id, at: event.at });
      answers.push({ fact, value, at: event.at, from: event.from, id: event.id });
    }
  }

  const history: FactSource = { from: "history" };
  const fromCheck = (fact: FactId) => latestCheck?.facts[fact];
  const latestWith = <K extends "side" | "mobility">(key: K) =>
    [...(episode?.checkIns ?? [])].reverse().find((checkIn) => checkIn[key] !== undefined)?.[key];
  const lastCheckIn = episode?.checkIns[episode.checkIns.length - 1];
  // A finished episode is judged on how long it lasted, so S2 never fires weeks after the pain has gone.
  const onsetDaysAgo =
    onsetDay === null ? undefined : episode?.resolved ? dayOf(episode.lastPainAt) - onsetDay : daysSinceOnset;
  put("onsetDaysAgo", onsetDaysAgo ?? undefined, history);
  put(
    "course",
    trendReading.trend ?? fromCheck("course"),
    trendReading.trend ? history : checkSource(latestCheck),
  );
  put(
    "previousEpisodesSameArea",
    maxDefined(
      regions.length > 0 ? previous.episodes.length : undefined,
      latestCheck?.facts.previousEpisodesSameArea,
    ),
    history,
  );
  put("selfCareDays", selfCareDays ?? undefined, history);
  put("painScore", lastCheckIn?.painScore ?? fromCheck("painScore"), history);
  put("region", regions.length > 0 ? [...regions] : undefined, history);
  put("side", latestWith("side") ?? fromCheck("side"), history);
  put("mobility", latestWith("mobility") ?? fromCheck("mobility"), history);

  const assessment = assess(facts as Facts, { today });
  const statuses = statusesOf(assessment, factSources, trendReading.trend);
  return {
    today,
    episodes,
    episode,
    onset: onsetDay === null ? null : dateOf(onsetDay),
    daysSinceOnset,
    trend: trendReading.trend,
    trendReading,
    previousEpisodesSameArea: previous,
    selfCareDays,
    selfCare: {
      coldRounds: coldRounds.length,
      walks: walks.length,
      walkMinutes: walks.reduce((sum, walk) => sum + (walk.minutes ?? 0), 0),
      loggedDays: loggedDays.size,
    },
    facts: facts as Facts,
    factSources,
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
