import type { Assessment } from "./assess.ts";
import { truthTest } from "./conditions/evaluate.ts";
import { type FactValues, factValue, indexOfFact, valuesOf } from "./conditions/fact-values.ts";
import { dateIn } from "./course/calendar.ts";
import { LEVEL_INFO, rankOf } from "./knowledge/levels.ts";
import {
  BORDERLINES,
  type Borderline,
  COLD_CAUTIONS,
  COLD_THERAPY,
  HEAT_THERAPY,
  RECOVERY,
  WALKING,
} from "./knowledge/plan.ts";
import { RULES, type RuleId } from "./knowledge/rules/index.ts";
import { NUMB_SKIN_FACTS } from "./schema/facts.ts";
import { type FactId, type Facts, LEVELS, type Level } from "./schema/vocabulary.ts";

export type { Borderline } from "./knowledge/plan.ts";

/** Warning signs to watch for, from every rule more urgent than the current level, most urgent first. */
export type WatchFor = readonly { readonly level: Level; readonly rules: readonly RuleId[] }[];

export interface WalkingPlan {
  readonly walksPerDay: number;
  readonly minutesPerWalk: number;
  readonly addMinutesPerDay: number;
  readonly maxMinutesPerWalk: number;
}

export interface ColdPlan {
  readonly maxMinutes: number;
  readonly minSkinRestMinutes: number;
  readonly typicalGapHours: readonly [number, number];
  readonly cautions: readonly (typeof COLD_CAUTIONS)[number][];
  /** The person reported numbness: never put cold or heat on numb skin. */
  readonly numbSkinWarning: boolean;
}

export interface HeatPlan {
  readonly maxMinutes: number;
  readonly betterEvidence: true;
}

/** What to do at once in an emergency, in this order. */
export const EMERGENCY_STEPS = ["call_or_go", "do_not_drive", "take_reasons", "tell_call_handler"] as const;
export type EmergencyStep = (typeof EMERGENCY_STEPS)[number];

/**
 * Emergency: no self-care at all (no walks, no cold or heat, no check-in date), only what to do now.
 * Walking advice could harm someone with a heart or aortic emergency.
 */
export interface EmergencyPlan {
  readonly level: "emergency";
  readonly steps: readonly EmergencyStep[];
  /** The warning signs to tell the call handler, from the emergency rules that fired, in rule order. */
  readonly tellCallHandler: readonly FactId[];
}

/**
 * Urgent (or an unfinished check whose open questions could still make it urgent or worse): contact a doctor
 * today first; until then only comfort measures. No walking goal and no check-in date: the doctor decides.
 */
export interface UrgentPlan {
  readonly level: "urgent" | null;
  readonly first: "contact_doctor_today" | "answer_open_questions";
  readonly relativeRest: { readonly bedRestAdvised: false; readonly moveAsComfortable: true };
  readonly cold: ColdPlan;
  readonly heat: HeatPlan;
  readonly medicines: { readonly askPharmacist: true };
  readonly watchFor: WatchFor;
}

/** Soon and self-care: the full self-care plan. */
export interface FullPlan {
  readonly level: "soon" | "self_care";
  readonly relativeRest: { readonly bedRestAdvised: false };
  readonly walking: WalkingPlan;
  readonly cold: ColdPlan;
  readonly heat: HeatPlan;
  readonly medicines: { readonly askPharmacist: true };
  readonly watchFor: WatchFor;
  /** Borderline facts that stay self-care but need a clear escalation date. */
  readonly borderline: readonly Borderline[];
  /** ISO date by which the spasm should be clearly better (about 3 weeks from onset), when onset is known. */
  readonly betterBy: string | null;
  /** ISO date to check in again. */
  readonly recheckOn: string;
}

/**
 * The plan fits the level (triage policy, "Self-care plan (by level)"): narrow on `level` before reading a
 * part, so every shell is made to handle the emergency and urgent plans that leave parts out.
 */
export type SelfCarePlan = EmergencyPlan | UrgentPlan | FullPlan;

/** True for the plans that carry walks, a recheck date and "better by" (soon and self-care). */
export const isFullPlan = (plan: SelfCarePlan): plan is FullPlan =>
  plan.level === "soon" || plan.level === "self_care";

export interface PlanOptions {
  /** The person's date (YYYY-MM-DD) the plan is made on; defaults to today in the runtime's time zone. */
  readonly today?: string;
}

const MS_PER_DAY = 86_400_000;
/** Midnight UTC of an ISO date (NaN for a date that does not exist). */
const midnightOf = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
/** Plans made one after another are nearly always made on the same day: read that day once. */
let lastDay = { isoDate: "", midnight: Number.NaN };
function midnightOfToday(isoDate: string): number {
  if (lastDay.isoDate !== isoDate) lastDay = { isoDate, midnight: midnightOf(isoDate) };
  return lastDay.midnight;
}
const twoDigits = (value: number): string => (value < 10 ? `0${value}` : `${value}`);
/** The ISO date `days` after a UTC midnight; a RangeError for a date that does not exist. */
function addDays(midnight: number, days: number): string {
  const date = new Date(midnight + days * MS_PER_DAY);
  const year = date.getUTCFullYear();
  // Outside four-digit years (or for no date at all) toISOString gives its own form (or the RangeError).
  if (!(year >= 1000 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** The warning signs above each level, made once: the rule table never changes while the engine runs. */
const WATCH_FOR = new Map(
  ([null, ...LEVELS] as const).map((level) => [
    level,
    (["emergency", "urgent", "soon"] as const)
      .filter((candidate) => rankOf(candidate) > rankOf(level))
      .map((candidate) => ({
        level: candidate,
        rules: RULES.filter((rule) => rule.level === candidate).map((rule) => rule.id),
      })),
  ]),
);
const watchForAbove = (level: Level | null): WatchFor => WATCH_FOR.get(level) ?? [];

const NUMB_SKIN_AT = NUMB_SKIN_FACTS.map(indexOfFact);
const BORDERLINE_TESTS = (Object.keys(BORDERLINES) as Borderline[]).map((item) => ({
  item,
  truth: truthTest(BORDERLINES[item]),
}));

const coldPlan = (values: FactValues): ColdPlan => ({
  maxMinutes: COLD_THERAPY.maxMinutes,
  minSkinRestMinutes: COLD_THERAPY.minSkinRestMinutes,
  typicalGapHours: COLD_THERAPY.typicalGapHours,
  cautions: COLD_CAUTIONS,
  numbSkinWarning: NUMB_SKIN_AT.some((at) => values[at] === true),
});

const heatPlan: HeatPlan = { maxMinutes: HEAT_THERAPY.maxMinutes, betterEvidence: true };

/** The plan that fits the assessment's level, personalised with the person's facts. */
export const selfCarePlan = (
  facts: Facts,
  assessment: Omit<Assessment, "plan">,
  options: PlanOptions = {},
): SelfCarePlan => planFor(valuesOf(facts), assessment, options);

/** selfCarePlan for validated fact values, as assess() holds them. */
export function planFor(
  values: FactValues,
  assessment: Omit<Assessment, "plan">,
  options: PlanOptions = {},
): SelfCarePlan {
  const { level } = assessment;
  if (level === "emergency") {
    const signs: FactId[] = [];
    for (const rule of assessment.rules)
      if (rule.level === "emergency")
        for (const fact of rule.facts) if (!signs.includes(fact)) signs.push(fact);
    return { level, steps: EMERGENCY_STEPS, tellCallHandler: signs };
  }
  if (level === "urgent" || level === null) {
    return {
      level,
      first: level === "urgent" ? "contact_doctor_today" : "answer_open_questions",
      relativeRest: { bedRestAdvised: false, moveAsComfortable: true },
      cold: coldPlan(values),
      heat: heatPlan,
      medicines: { askPharmacist: true },
      watchFor: watchForAbove(level),
    };
  }
  const today = options.today ?? dateIn(new Date());
  const midnight = midnightOfToday(today);
  const walking = WALKING[factValue(values, "mobility") ?? "limited"];
  const onsetDaysAgo = factValue(values, "onsetDaysAgo");
  const betterBy =
    onsetDaysAgo === undefined ? null : addDays(midnight, RECOVERY.expectBetterByDays - onsetDaysAgo);
  const borderline: Borderline[] = [];
  if (level === "self_care")
    for (const { item, truth } of BORDERLINE_TESTS) if (truth(values) === true) borderline.push(item);
  const seeWithin = LEVEL_INFO[level].seeClinicianWithinDays;
  const recheckIn = Math.max(1, Math.min(RECOVERY.recheckAfterDays, seeWithin ?? RECOVERY.recheckAfterDays));
  const recheckOn =
    betterBy && betterBy > today
      ? minDate(addDays(midnight, recheckIn), betterBy)
      : addDays(midnight, recheckIn);
  return {
    level,
    relativeRest: { bedRestAdvised: false },
    walking: {
      walksPerDay: walking.walksPerDay,
      minutesPerWalk: walking.minutesPerWalk,
      addMinutesPerDay: walking.addMinutesPerDay,
      maxMinutesPerWalk: walking.maxMinutesPerWalk,
    },
    cold: coldPlan(values),
    heat: heatPlan,
    medicines: { askPharmacist: true },
    watchFor: watchForAbove(level),
    borderline,
    betterBy,
    recheckOn,
  };
}

const minDate = (a: string, b: string): string => (a < b ? a : b);

/**
 * The full self-care plan as general information, before anything is known about the person (a Learn page,
 * a walks screen before any check). Never a person's result: `assess` gives that, fitted to their level.
 */
export function generalPlan(options: PlanOptions = {}): FullPlan {
  const general: Omit<Assessment, "plan"> = {
    level: "self_care",
    complete: false,
    missing: [],
    couldReach: null,
    unsure: [],
    rules: [],
    causes: [],
    knowledgeVersion: "",
  };
  return selfCarePlan({}, general, options) as FullPlan;
}
