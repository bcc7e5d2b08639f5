import type { Assessment } from "./assess.ts";
import { BoundedMap } from "./bounded-map.ts";
import { factsIn } from "./conditions/condition.ts";
import { emergencyNumbersFor } from "./knowledge/emergency-numbers.ts";
import { type BannerPart, LEVEL_PRESENTATION, type LevelPresentation } from "./knowledge/levels.ts";
import { COLD_THERAPY, HEAT_THERAPY, MEDICINES, RECOVERY, RELATIVE_REST, WALKING } from "./knowledge/plan.ts";
import { RULES, type RuleId } from "./knowledge/rules/index.ts";
import { SOURCES, type SourceId } from "./knowledge/sources.ts";
import { CONTENT_REVIEWED } from "./knowledge/version.ts";
import {
  countText,
  DEFAULT_LANG,
  dateLocaleOf,
  factText,
  format,
  formatDate,
  LANGUAGES,
  type Lang,
  type Messages,
  messagesFor,
} from "./locales/index.ts";
import {
  type FullPlan,
  generalPlan,
  isFullPlan,
  type PlanOptions,
  type SelfCarePlan,
  type WatchFor,
} from "./plan.ts";
import { FACT_KINDS } from "./schema/fact-kinds.ts";
import type { Cause, FactId, FactValue, Level } from "./schema/vocabulary.ts";

export interface ExplainOptions {
  readonly lang?: Lang;
  /** ISO 3166 country code for the emergency number; 112 with a note when unknown. */
  readonly country?: string | undefined;
}

export interface ExplainedFact {
  readonly fact: FactId;
  readonly label: string;
  /** The person's answer in words ("Yes", "Below the knee", "73 years"), or "not answered". */
  readonly answer: string;
}

export interface ExplainedSource {
  readonly id: SourceId;
  readonly title: string;
  readonly year: string;
}

export interface ExplainedRule {
  readonly id: RuleId;
  readonly level: Level;
  readonly title: string;
  readonly facts: readonly ExplainedFact[];
  readonly sources: readonly ExplainedSource[];
}

/** The parts of a plan, in the order they can appear; each level's plan uses some of them. */
export const PLAN_SECTION_IDS = [
  "now",
  "doctorToday",
  "answerFirst",
  "relativeRest",
  "walking",
  "cold",
  "heat",
  "medicines",
  "watchFor",
] as const;

/**
 * The plan parts that say what to do now (an emergency's steps, "contact a doctor today", "answer the open
 * questions first"): every shell shows them early, with the level, never folded with the rest of the plan.
 */
export const NOW_PLAN_SECTIONS: ReadonlySet<(typeof PLAN_SECTION_IDS)[number]> = new Set([
  "now",
  "doctorToday",
  "answerFirst",
]);

export interface PlanSection {
  readonly id: (typeof PLAN_SECTION_IDS)[number];
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** The evidence behind this part of the plan. */
  readonly sources: readonly ExplainedSource[];
  /** Bulleted items under a paragraph heading, e.g. cold cautions or warning signs by level. */
  readonly lists: readonly {
    readonly heading: string;
    readonly level?: Level;
    readonly items: readonly string[];
  }[];
}

/** A "not sure" answer in words: a reason of its own, what it means now, and what to do if it becomes a yes. */
export interface ExplainedUnsure {
  readonly fact: FactId;
  /** The level this unsure answer leads to (at most urgent). */
  readonly level: Level;
  /** The level a yes would reach: an emergency sign's `ifYes` says to call the emergency number. */
  readonly couldReach: Level;
  /** "You were not sure about: numbness between the legs". */
  readonly title: string;
  /** What this means now ("A doctor or nurse should check this today."). */
  readonly advice: string;
  /** What to do at once if it turns into a yes. */
  readonly ifYes: string;
  /** A short, plain way to tell, when the question has one. */
  readonly howToTell?: string;
}

/** An assessment in words, in one language: what every shell (web, CLI, API, report) shows. */
export interface Explanation {
  readonly lang: Lang;
  readonly level: Level | null;
  readonly headline: {
    readonly title: string;
    readonly action: string;
    readonly detail: string;
    readonly short: string;
  };
  /** How to show the level: as an alarm or calmly, its parts in order, and the advice line's words when shown. */
  readonly banner: {
    readonly alarm: boolean;
    readonly parts: readonly BannerPart[];
    readonly adviceLine?: string;
  };
  readonly emergency: {
    readonly number: string;
    readonly advice?: string;
    readonly knownCountry: boolean;
    readonly call: string;
  };
  readonly reasonsIntro: string;
  readonly reasons: readonly ExplainedRule[];
  /** The "not sure" answers that could change the level, each a reason of its own; shown with the reasons. */
  readonly unsure: readonly ExplainedUnsure[];
  /** "No warning signs came up", only when there is no reason and no unsure answer to show; else null. */
  readonly noReasons: string | null;
  readonly causesIntro: string;
  readonly causes: readonly { readonly id: Cause; readonly name: string; readonly explanation: string }[];
  readonly missingIntro: string;
  readonly missing: readonly { readonly fact: FactId; readonly question: string }[];
  readonly plan: { readonly title: string; readonly sections: readonly PlanSection[] };
  readonly disclaimer: string;
  readonly version: string;
}

/**
 * Sources in words, made once per list: the lists come from the knowledge tables, which never change while
 * the engine runs. Frozen, because every explanation shares them.
 */
const explainedSources = new WeakMap<readonly SourceId[], readonly ExplainedSource[]>();
function explainSources(ids: readonly SourceId[]): readonly ExplainedSource[] {
  let explained = explainedSources.get(ids);
  if (explained === undefined) {
    explained = Object.freeze(
      ids.map((id) => Object.freeze({ id, title: SOURCES[id].title, year: SOURCES[id].year })),
    );
    explainedSources.set(ids, explained);
  }
  return explained;
}

/** The evidence behind each part of the plan, from the knowledge tables that hold its numbers. */
const PLAN_SOURCES: Readonly<Record<PlanSection["id"], readonly SourceId[]>> = {
  relativeRest: RELATIVE_REST.sources,
  walking: WALKING.sources,
  cold: COLD_THERAPY.sources,
  heat: HEAT_THERAPY.sources,
  medicines: MEDICINES.sources,
  watchFor: RECOVERY.sources,
  now: ["nhs_back_pain", "girft_ces_2023"],
  doctorToday: ["nice_ng59", "finucane_2020"],
  answerFirst: ["finucane_2020"],
};

/** The person's answer in words. */
export function answerText(fact: FactId, value: FactValue | undefined, lang: Lang = DEFAULT_LANG): string {
  const messages = messagesFor(lang);
  if (value === undefined) return messages.unknownAnswer;
  const text = factText(messages, fact);
  const kind = FACT_KINDS[fact];
  if (kind.type === "boolean") return value ? messages.answers.yes : messages.answers.no;
  if (kind.type === "integer") return text.unit ? countText(lang, value as number, text.unit) : String(value);
  const values = Array.isArray(value) ? value : [value];
  return values.map((option) => text.options?.[String(option)] ?? String(option)).join(", ");
}

/** Formats an ISO date for people, in their language (e.g. "Wednesday 16 December 2026"). */
export const dateText = (isoDate: string, lang: Lang = DEFAULT_LANG): string =>
  formatDate(isoDate, lang, "full");

/** Facts a rule cites beside those that fired it (U4: weakness getting worse). */
const CITED: Readonly<Partial<Record<RuleId, readonly FactId[]>>> = Object.fromEntries(
  RULES.flatMap((rule) => (rule.alsoCite ? [[rule.id, factsIn(rule.alsoCite)]] : [])),
);

/** A rule's title; a rule may carry a stronger title when one of the facts it also cites is present. */
export function ruleTitle(id: RuleId, facts: readonly FactId[], lang: Lang = DEFAULT_LANG): string {
  const text = messagesFor(lang).rules[id] as { title: string; titleWorsening?: string };
  const cited = CITED[id]?.some((fact) => facts.includes(fact)) ?? false;
  return text.titleWorsening && cited ? text.titleWorsening : text.title;
}

type SectionMaker = (
  id: PlanSection["id"],
  title: string,
  paragraphs: readonly string[],
  lists?: PlanSection["lists"],
) => PlanSection;

const sectionMaker: SectionMaker = (id, title, paragraphs, lists = []) => ({
  id,
  title,
  paragraphs,
  sources: explainSources(PLAN_SOURCES[id]),
  lists,
});

/** A section, its paragraphs and its lists frozen: shared sections are handed to every caller. */
function frozenSection(section: PlanSection): PlanSection {
  for (const list of section.lists) Object.freeze(Object.freeze(list).items);
  Object.freeze(section.lists);
  Object.freeze(section.paragraphs);
  return Object.freeze(section);
}

/**
 * Sections whose words depend only on the language and the plan numbers in their key: made once per key and
 * shared (most of a plan's words). Bounded, since explain() may be given any assessment.
 */
const sharedSections = new BoundedMap<string, PlanSection>(256);
const sharedSection = (key: string, make: () => PlanSection): PlanSection =>
  sharedSections.getOrMake(key, () => frozenSection(make()));

/** Comfort measures shared by every plan that has them: cold (with its cautions), heat and pain relief. */
function comfortSections(
  plan: Exclude<SelfCarePlan, { level: "emergency" }>,
  messages: Messages,
  lang: Lang,
) {
  const texts = messages.plan;
  const section = sectionMaker;
  const { cold, heat } = plan;
  return [
    sharedSection(
      `${lang} cold ${cold.maxMinutes} ${cold.minSkinRestMinutes} ${cold.typicalGapHours.join(" ")} ${cold.numbSkinWarning} ${cold.cautions.join(" ")}`,
      () =>
        section(
          "cold",
          texts.cold.title,
          [
            format(
              texts.cold.body,
              {
                maxMinutes: cold.maxMinutes,
                minSkinRestMinutes: cold.minSkinRestMinutes,
                gapFrom: cold.typicalGapHours[0],
                gapTo: cold.typicalGapHours[1],
              },
              lang,
            ),
            ...(cold.numbSkinWarning ? [texts.cold.numbSkinWarning] : []),
          ],
          [
            {
              heading: texts.cold.cautionsTitle,
              items: cold.cautions.map((caution) => texts.cold.cautions[caution]),
            },
          ],
        ),
    ),
    sharedSection(`${lang} heat ${heat.maxMinutes}`, () =>
      section("heat", texts.heat.title, [format(texts.heat.body, { maxMinutes: heat.maxMinutes }, lang)]),
    ),
    sharedSection(`${lang} medicines`, () =>
      section("medicines", texts.medicines.title, [texts.medicines.body]),
    ),
  ];
}

/** Warning-sign lists by watch list and language, made once: a plan's watch list comes from a fixed table. */
const madeWatchLists = new WeakMap<WatchFor, Map<Messages, PlanSection["lists"]>>();

function watchLists(plan: { readonly watchFor: WatchFor }, messages: Messages): PlanSection["lists"] {
  let byLanguage = madeWatchLists.get(plan.watchFor);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    madeWatchLists.set(plan.watchFor, byLanguage);
  }
  let lists = byLanguage.get(messages);
  if (lists === undefined) {
    lists = Object.freeze(
      plan.watchFor.map((group) =>
        Object.freeze({
          heading: messages.plan.watchFor[group.level as "emergency" | "urgent" | "soon"],
          level: group.level,
          items: Object.freeze([
            ...new Set(group.rules.map((rule) => messages.rules[rule].watchFor).filter(Boolean)),
          ]),
        }),
      ),
    );
    byLanguage.set(messages, lists);
  }
  return lists;
}

function fullPlanTiming(plan: FullPlan, messages: Messages, lang: Lang): string[] {
  const texts = messages.plan;
  return [
    ...plan.borderline.map((item) =>
      format(texts.borderline[item], { betterBy: plan.betterBy ? dateText(plan.betterBy, lang) : "" }, lang),
    ),
    ...(plan.betterBy && plan.borderline.length === 0 && plan.level === "self_care"
      ? [format(texts.betterBy, { betterBy: dateText(plan.betterBy, lang) }, lang)]
      : []),
    format(texts.recheck, { recheckOn: dateText(plan.recheckOn, lang) }, lang),
  ];
}

/** Made once per language: building an Intl.ListFormat costs far more than using one. */
const listFormats = new Map<Lang, Intl.ListFormat>();
function listFormatFor(lang: Lang): Intl.ListFormat {
  let list = listFormats.get(lang);
  if (list === undefined) {
    list = new Intl.ListFormat(dateLocaleOf(lang), { style: "long", type: "conjunction" });
    listFormats.set(lang, list);
  }
  return list;
}

/** The plan in words, by level: what to do now (emergency), doctor today then comfort (urgent), or the full plan. */
function planSections(assessment: Assessment, messages: Messages, lang: Lang, number: string): PlanSection[] {
  const { plan } = assessment;
  const texts = messages.plan;
  const section = sectionMaker;
  if (plan.level === "emergency") {
    const signs = plan.tellCallHandler.map((fact) => messages.facts[fact].short.toLowerCase());
    const list = listFormatFor(lang).format(signs);
    const steps = {
      call_or_go: format(texts.now.callOrGo, { number }, lang),
      do_not_drive: texts.now.doNotDrive,
      take_reasons: texts.now.takeReasons,
      tell_call_handler:
        signs.length > 0
          ? format(texts.now.tellCallHandler, { signs: list }, lang)
          : texts.now.tellCallHandlerNoSigns,
    };
    return [
      section(
        "now",
        texts.now.title,
        plan.steps.map((step) => steps[step]),
      ),
    ];
  }
  if (!isFullPlan(plan)) {
    const first =
      plan.first === "contact_doctor_today"
        ? sharedSection(`${lang} doctorToday`, () =>
            section("doctorToday", texts.doctorToday.title, [
              texts.doctorToday.body,
              texts.doctorToday.afterDoctor,
            ]),
          )
        : sharedSection(`${lang} answerFirst`, () =>
            section("answerFirst", texts.answerFirst.title, [texts.answerFirst.body]),
          );
    return [
      first,
      sharedSection(`${lang} comfort`, () =>
        section("relativeRest", texts.comfort.title, [texts.comfort.body]),
      ),
      ...comfortSections(plan, messages, lang),
      section("watchFor", texts.watchFor.title, [], watchLists(plan, messages)),
    ];
  }
  return [
    sharedSection(`${lang} relativeRest`, () =>
      section("relativeRest", texts.relativeRest.title, [texts.relativeRest.body]),
    ),
    sharedSection(
      `${lang} walking ${plan.walking.walksPerDay} ${plan.walking.minutesPerWalk} ${plan.walking.addMinutesPerDay} ${plan.walking.maxMinutesPerWalk}`,
      () => section("walking", texts.walking.title, [format(texts.walking.body, { ...plan.walking }, lang)]),
    ),
    ...comfortSections(plan, messages, lang),
    section(
      "watchFor",
      texts.watchFor.title,
      fullPlanTiming(plan, messages, lang),
      watchLists(plan, messages),
    ),
  ];
}

/** The banner's parts; the advice line only where the country has one. */
function bannerOf(presentation: LevelPresentation, advice: string | undefined, messages: Messages) {
  const parts = presentation.banner.filter((part) => part !== "adviceLine" || advice !== undefined);
  return {
    alarm: presentation.alarm,
    parts,
    ...(advice && parts.includes("adviceLine")
      ? { adviceLine: format(messages.emergency.adviceLine, { number: advice }) }
      : {}),
  };
}

/** The general self-care plan in words (see `generalPlan`): the same sections a self-care result shows. */
export function explainGeneralPlan(options: ExplainOptions & PlanOptions = {}): Explanation["plan"] {
  const lang = options.lang ?? DEFAULT_LANG;
  const messages = messagesFor(lang);
  const plan = generalPlan(options);
  const sections = planSections(
    { plan } as Assessment,
    messages,
    lang,
    emergencyNumbersFor(options.country).emergency,
  );
  return { title: messages.plan.title, sections };
}

function explainUnsure(assessment: Assessment, messages: Messages, number: string): ExplainedUnsure[] {
  const texts = messages.unsure;
  return assessment.unsure.map(({ fact, level, couldReach }) => {
    const howToTell = factText(messages, fact).howToTell;
    return {
      fact,
      level,
      couldReach,
      title: format(texts.title, { sign: messages.facts[fact].short.toLowerCase() }),
      advice: texts.level[level === "urgent" ? "urgent" : "soon"],
      ifYes: format(texts.ifYes[couldReach === "self_care" ? "soon" : couldReach], { number }),
      ...(howToTell ? { howToTell } : {}),
    };
  });
}

type LevelTexts = Pick<Explanation, "headline" | "banner" | "emergency">;

/** The level's headline, banner and emergency line by language, level and country numbers: made once, shared. */
const madeLevelTexts = new BoundedMap<string, LevelTexts>(256);
const levelTexts = (key: string, make: () => LevelTexts): LevelTexts =>
  madeLevelTexts.getOrMake(key, () => {
    const { headline, banner, emergency } = make();
    Object.freeze(banner.parts);
    return {
      headline: Object.freeze(headline),
      banner: Object.freeze(banner),
      emergency: Object.freeze(emergency),
    };
  });

/** The self-care advice names one limit for a cold or a warm pack: the stricter of the two. */
const packMinutes = Math.min(COLD_THERAPY.maxMinutes, HEAT_THERAPY.maxMinutes);

/**
 * Puts an assessment into words in one language: the level's advice with the local emergency number, every
 * fired rule with the person's answers and its sources, the causes, the open questions and the plan.
 * @example explain(assess({ bladderChange: true }), { lang: "es", country: "ES" }).headline.action
 */
export function explain(assessment: Assessment, options: ExplainOptions = {}): Explanation {
  const lang = options.lang ?? DEFAULT_LANG;
  const messages = messagesFor(lang);
  const numbers = emergencyNumbersFor(options.country ?? LANGUAGES[lang].emergencyRegion ?? undefined);
  const headline = messages.levels[assessment.level ?? "pending"];
  const presentation = LEVEL_PRESENTATION[assessment.level ?? "pending"];
  const unsure = explainUnsure(assessment, messages, numbers.emergency);
  const planTitle =
    assessment.level === "emergency" || assessment.level === "urgent"
      ? messages.plan.titleByLevel[assessment.level]
      : assessment.level === null
        ? messages.plan.titleByLevel.pending
        : messages.plan.title;
  return {
    lang,
    level: assessment.level,
    ...levelTexts(
      `${lang} ${assessment.level} ${numbers.emergency} ${numbers.advice ?? ""} ${numbers.known}`,
      () => ({
        headline: {
          ...headline,
          action: format(headline.action, { number: numbers.emergency, packMinutes }),
        },
        banner: bannerOf(presentation, numbers.advice, messages),
        emergency: {
          number: numbers.emergency,
          ...(numbers.advice ? { advice: numbers.advice } : {}),
          knownCountry: numbers.known,
          call: format(messages.emergency.call, { number: numbers.emergency }),
        },
      }),
    ),
    reasonsIntro: messages.reasonsIntro,
    reasons: assessment.rules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      title: ruleTitle(rule.id, rule.facts, lang),
      facts: rule.evidence.map(({ fact, value }) => ({
        fact,
        label: messages.facts[fact].short,
        answer: answerText(fact, value, lang),
      })),
      sources: explainSources(rule.sources),
    })),
    unsure,
    noReasons:
      assessment.level !== null && assessment.rules.length === 0 && unsure.length === 0
        ? messages.reasonsNone
        : null,
    causesIntro: messages.causesIntro,
    causes: assessment.causes.map(({ id }) => ({ id, ...messages.causes[id] })),
    missingIntro: messages.missingIntro,
    missing: assessment.missing.map((fact) => ({ fact, question: messages.facts[fact].question })),
    plan: { title: planTitle, sections: planSections(assessment, messages, lang, numbers.emergency) },
    disclaimer: messages.disclaimer.short,
    version: format(messages.knowledgeVersion, {
      version: assessment.knowledgeVersion,
      date: CONTENT_REVIEWED,
    }),
  };
}
