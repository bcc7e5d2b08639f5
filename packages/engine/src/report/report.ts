import { dayOf } from "../course/calendar.ts";
import { type Course, courseOf, type FactSource } from "../course/course.ts";
import type { Diary } from "../course/diary.ts";
import { courseDates, type PainSpan, type SpanText, spanText } from "../course/episode-dates.ts";
import { answerText } from "../explain.ts";
import { COURSE, type CourseStatus } from "../knowledge/course.ts";
import type { RuleId } from "../knowledge/rules/index.ts";
import type { SourceId } from "../knowledge/sources.ts";
import { CONTENT_REVIEWED, KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import type { FactText } from "../locales/en.ts";
import { DEFAULT_LANG, format, type Lang, messagesFor } from "../locales/index.ts";
import { FACT_IDS } from "../schema/fact-kinds.ts";
import { factsOnScreen, HISTORY_FACTS } from "../schema/facts.ts";
import type { Cause, FactId, FactValue, Level, Region } from "../schema/vocabulary.ts";
import { type WarningSignAnswer, warningSignsOf } from "./warning-signs.ts";

/**
 * The doctor report as plain data: built once here, then printed by the web app, drawn as a PDF
 * (report-pdf.ts) and turned into a FHIR Bundle (fhir-bundle.ts). Texts are resolved in `lang`.
 */

export interface ReportAnswer {
  readonly fact: FactId;
  readonly label: string;
  readonly value: FactValue;
  readonly text: string;
  readonly source: FactSource["from"];
  readonly at?: string;
}

export interface ReportWarningSign extends WarningSignAnswer {
  readonly label: string;
  readonly text: string;
}

export interface ReportEpisode extends PainSpan {
  readonly index: number;
  /** ISO date the pain began (the current episode may begin before its first check-in): the span's start. */
  readonly onset: string;
  /** Its dates and length in words, as every screen shows them. */
  readonly text: SpanText;
  readonly regions: readonly Region[];
  readonly regionText: string;
  readonly peakPain: number;
  readonly checkIns: number;
  readonly resolved: boolean;
  readonly current: boolean;
}

export interface PainPoint {
  readonly checkInId: string;
  readonly at: string;
  readonly painScore: number;
  readonly regions: readonly Region[];
  readonly regionText: string;
  readonly episode: number;
  readonly current: boolean;
}

export interface ReportRule {
  readonly id: RuleId;
  readonly level: Level;
  readonly title: string;
  readonly facts: readonly { readonly fact: FactId; readonly label: string; readonly text: string }[];
  readonly sources: readonly SourceId[];
}

export interface DoctorReport {
  readonly lang: Lang;
  readonly generatedAt: string;
  readonly today: string;
  readonly demo: boolean;
  readonly knowledgeVersion: string;
  readonly contentReviewed: string;
  readonly level: Level | null;
  readonly levelTitle: string;
  readonly complete: boolean;
  readonly missing: readonly { readonly fact: FactId; readonly label: string }[];
  readonly status: CourseStatus;
  readonly statuses: readonly CourseStatus[];
  readonly course: {
    readonly onset: string | null;
    readonly daysSinceOnset: number | null;
    /** The current spell of pain, from its onset, with its words ("Onset 14 Nov 2026, 22 days ago"). */
    readonly span: PainSpan | null;
    readonly spanText: SpanText | null;
    readonly onsetText: string | null;
    readonly trend: Course["trend"];
    readonly trendText: string | null;
    readonly baseline: number | null;
    readonly recent: number | null;
    readonly previousEpisodesSameArea: number;
  };
  /** Episodes with pain in the last 12 months and the current one, oldest first. */
  readonly episodes: readonly ReportEpisode[];
  /** Every pain score of those episodes, in time order. */
  readonly painSeries: readonly PainPoint[];
  /** The person's answers about how the pain began (the start of the check, less what the diary computes). */
  readonly howItStarted: readonly ReportAnswer[];
  readonly answers: readonly ReportAnswer[];
  readonly warningSigns: {
    readonly reported: readonly ReportWarningSign[];
    readonly screened: readonly ReportWarningSign[];
  };
  readonly rules: readonly ReportRule[];
  readonly causes: readonly {
    readonly id: Cause;
    readonly name: string;
    readonly rules: readonly RuleId[];
  }[];
  readonly selfCare: Course["selfCare"] & {
    readonly selfCareDays: number | null;
    /** Dates of the current episode's cold rounds and walks, for the chart. */
    readonly coldRoundsAt: readonly string[];
    readonly walksAt: readonly string[];
  };
  readonly disclaimer: string;
}

export interface ReportOptions {
  /** ISO date the report is about (the course is judged on it); defaults to the device's local date. */
  readonly today?: string;
  readonly lang?: Lang;
  /** When the report was made (ISO date-time); defaults to now. Pass it for a reproducible report. */
  readonly generatedAt?: string;
}

/** What the person said about how the pain began: the check's first questions, less what the diary computes. */
const HOW_IT_STARTED = factsOnScreen("start").filter(
  (fact) => !(HISTORY_FACTS as readonly FactId[]).includes(fact),
);

/** Builds the doctor report from a diary: the course, the assessment with every reason, and what was tried. */
export function buildReport(diary: Diary, options: ReportOptions = {}): DoctorReport {
  const lang = options.lang ?? DEFAULT_LANG;
  const messages = messagesFor(lang);
  const labels = messages.report;
  const course = courseOf(diary, options.today === undefined ? {} : { today: options.today });
  const today = dayOf(course.today);
  const factText = (fact: FactId) => messages.facts[fact] as FactText;
  const textOf = (fact: FactId, value: FactValue): string => answerText(fact, value, lang);
  const regionText = (regions: readonly Region[]) => textOf("region", [...regions]);

  const dates = courseDates(course);
  const shown = course.episodes.filter(
    (episode) =>
      episode === course.episode || today - dayOf(episode.lastPainAt) <= COURSE.sameAreaLookbackDays,
  );
  const episodes: ReportEpisode[] = shown.map((episode) => {
    const span = dates.episodes[episode.index] as (typeof dates.episodes)[number];
    return {
      ...span,
      onset: span.start,
      text: spanText(span, lang),
      regions: episode.regions,
      regionText: regionText(episode.regions),
      peakPain: episode.peakPain,
      checkIns: episode.checkIns.length,
      resolved: episode.resolved,
    };
  });
  const painSeries: PainPoint[] = shown.flatMap((episode) =>
    episode.checkIns.map((checkIn) => ({
      checkInId: checkIn.id,
      at: checkIn.at,
      painScore: checkIn.painScore,
      regions: checkIn.region,
      regionText: regionText(checkIn.region),
      episode: episode.index,
      current: episode === course.episode,
    })),
  );

  const answerOf = (fact: FactId): ReportAnswer[] => {
    const value = course.facts[fact];
    if (value === undefined) return [];
    const source = course.factSources[fact];
    return [
      {
        fact,
        label: factText(fact).short,
        value,
        text: textOf(fact, value),
        source: source?.from ?? "history",
        ...(source?.at ? { at: source.at } : {}),
      },
    ];
  };
  const answers = FACT_IDS.flatMap(answerOf);
  const onsetText = dates.onset ? spanText(dates.onset, lang) : null;
  const signs = warningSignsOf(
    course.facts,
    course.answers,
    (fact) => course.factSources[fact]?.at,
    HOW_IT_STARTED,
  );
  const labelled = (row: WarningSignAnswer): ReportWarningSign => ({
    ...row,
    label: factText(row.fact).short,
    text: textOf(row.fact, row.value),
  });

  const { assessment } = course;
  const inSpell = (at: string) =>
    course.onset !== null && at.slice(0, 10) >= course.onset && dayOf(at) <= today;
  return {
    lang,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    today: course.today,
    demo: diary.demo === true,
    knowledgeVersion: KNOWLEDGE_VERSION,
    contentReviewed: CONTENT_REVIEWED,
    level: assessment.level,
    levelTitle: messages.levels[assessment.level ?? "pending"].title,
    complete: assessment.complete,
    missing: assessment.missing.map((fact) => ({ fact, label: factText(fact).short })),
    status: course.status,
    statuses: course.statuses,
    course: {
      onset: course.onset,
      daysSinceOnset: course.daysSinceOnset,
      span: dates.onset,
      spanText: onsetText,
      onsetText: onsetText ? format(labels.onset, { date: onsetText.started }, lang) : null,
      trend: course.trend,
      trendText: course.trend ? textOf("course", course.trend) : null,
      baseline: course.trendReading.baseline,
      recent: course.trendReading.recent,
      previousEpisodesSameArea: course.facts.previousEpisodesSameArea ?? 0,
    },
    episodes,
    painSeries,
    howItStarted: HOW_IT_STARTED.flatMap(answerOf),
    answers,
    warningSigns: { reported: signs.reported.map(labelled), screened: signs.screened.map(labelled) },
    rules: assessment.rules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      title: messages.rules[rule.id].title,
      facts: rule.evidence.map(({ fact, value }) => ({
        fact,
        label: factText(fact).short,
        text: value === undefined ? messages.unknownAnswer : textOf(fact, value),
      })),
      sources: rule.sources,
    })),
    causes: assessment.causes.map((cause) => ({ ...cause, name: messages.causes[cause.id].name })),
    selfCare: {
      ...course.selfCare,
      selfCareDays: course.selfCareDays,
      coldRoundsAt: (diary.coldRounds ?? []).map((round) => round.startedAt).filter(inSpell),
      walksAt: (diary.walks ?? []).map((walk) => walk.at).filter(inSpell),
    },
    disclaimer: messages.disclaimer.short,
  };
}
