import type { Assessment } from "./assess.ts";
import { evaluate } from "./conditions/evaluate.ts";
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
import type { Facts, Level } from "./schema/vocabulary.ts";

export type { Borderline } from "./knowledge/plan.ts";

export interface SelfCarePlan {
  /** The level's advice comes first; null while the check is unfinished. */
  readonly level: Level | null;
  readonly relativeRest: { readonly bedRestAdvised: false };
  readonly walking: {
    readonly walksPerDay: number;
    readonly minutesPerWalk: number;
    readonly addMinutesPerDay: number;
    readonly maxMinutesPerWalk: number;
  };
  readonly cold: {
    readonly maxMinutes: number;
    readonly minSkinRestMinutes: number;
    readonly typicalGapHours: readonly [number, number];
    readonly cautions: readonly (typeof COLD_CAUTIONS)[number][];
    /** The person reported numbness: never put cold or heat on numb skin. */
    readonly numbSkinWarning: boolean;
  };
  readonly heat: { readonly maxMinutes: number; readonly betterEvidence: true };
  readonly medicines: { readonly askPharmacist: true };
  /** Warning signs to watch for, from every rule more urgent than the current level, most urgent first. */
  readonly watchFor: readonly { readonly level: Level; readonly rules: readonly RuleId[] }[];
  /** Borderline facts that stay self-care but need a clear escalation date. */
  readonly borderline: readonly Borderline[];
  /** ISO date by which the spasm should be clearly better (about 3 weeks from onset), when onset is known. */
  readonly betterBy: string | null;
  /** ISO date to check in again. */
  readonly recheckOn: string;
}

export interface PlanOptions {
  /** The person's date (YYYY-MM-DD) the plan is made on; defaults to today in the runtime's time zone. */
  readonly today?: string;
}

const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** A personalised self-care plan for every level (after the level's own advice). */
export function selfCarePlan(
  facts: Facts,
  assessment: Omit<Assessment, "plan">,
  options: PlanOptions = {},
): SelfCarePlan {
  const today = options.today ?? dateIn(new Date());
  const walking = WALKING[facts.mobility ?? "limited"];
  const current = rankOf(assessment.level);
  const watchLevels = (["emergency", "urgent", "soon"] as const).filter((level) => rankOf(level) > current);
  const betterBy =
    facts.onsetDaysAgo === undefined
      ? null
      : addDays(today, RECOVERY.expectBetterByDays - facts.onsetDaysAgo);
  const borderline =
    assessment.level === "self_care"
      ? (Object.keys(BORDERLINES) as Borderline[]).filter(
          (item) => evaluate(BORDERLINES[item], facts).truth === true,
        )
      : [];
  const seeWithin = assessment.level ? LEVEL_INFO[assessment.level].seeClinicianWithinDays : undefined;
  const recheckIn = Math.max(1, Math.min(RECOVERY.recheckAfterDays, seeWithin ?? RECOVERY.recheckAfterDays));
  const recheckOn =
    betterBy && betterBy > today ? minDate(addDays(today, recheckIn), betterBy) : addDays(today, recheckIn);
  return {
    level: assessment.level,
    relativeRest: { bedRestAdvised: false },
    walking: {
      walksPerDay: walking.walksPerDay,
      minutesPerWalk: walking.minutesPerWalk,
      addMinutesPerDay: walking.addMinutesPerDay,
      maxMinutesPerWalk: walking.maxMinutesPerWalk,
    },
    cold: {
      maxMinutes: COLD_THERAPY.maxMinutes,
      minSkinRestMinutes: COLD_THERAPY.minSkinRestMinutes,
      typicalGapHours: COLD_THERAPY.typicalGapHours,
      cautions: COLD_CAUTIONS,
      numbSkinWarning: NUMB_SKIN_FACTS.some((fact) => facts[fact] === true),
    },
    heat: { maxMinutes: HEAT_THERAPY.maxMinutes, betterEvidence: true },
    medicines: { askPharmacist: true },
    watchFor: watchLevels.map((level) => ({
      level,
      rules: RULES.filter((rule) => rule.level === level).map((rule) => rule.id),
    })),
    borderline,
    betterBy,
    recheckOn,
  };
}

const minDate = (a: string, b: string): string => (a < b ? a : b);
