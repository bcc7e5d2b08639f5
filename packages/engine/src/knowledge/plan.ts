import { all, any, atLeast, type Condition, is, isNot, unknown } from "../conditions/condition.ts";
import type { SourceId } from "./sources.ts";

/**
 * The numbers behind the self-care plan. Wording lives in the locales; these are the facts they quote.
 * Cold: at most 20 minutes, then the skin rests at least as long again, typically 2-3 hours (spec/clinical-brief.md §3.2).
 */
export const COLD_THERAPY = {
  maxMinutes: 20,
  minSkinRestMinutes: 20,
  typicalGapHours: [2, 3] as const,
  sources: ["french_2006", "acp_2017"] satisfies SourceId[],
} as const;

/** Heat has the better evidence for acute low back pain (ACP 2017, moderate quality). */
export const HEAT_THERAPY = {
  maxMinutes: 20,
  sources: ["acp_2017", "french_2006"] satisfies SourceId[],
} as const;

/** Walking plan by how well the person moves: short, frequent walks, built up day by day. */
export const WALKING = {
  severely_limited: { walksPerDay: 4, minutesPerWalk: 2, addMinutesPerDay: 1, maxMinutesPerWalk: 15 },
  limited: { walksPerDay: 4, minutesPerWalk: 5, addMinutesPerDay: 1, maxMinutesPerWalk: 20 },
  normal: { walksPerDay: 3, minutesPerWalk: 10, addMinutesPerDay: 2, maxMinutesPerWalk: 30 },
  sources: ["dahm_2010", "nice_ng59", "pocovi_2024"] satisfies SourceId[],
} as const;

export const RELATIVE_REST = { sources: ["dahm_2010", "nice_ng59"] satisfies SourceId[] } as const;

/** No doses or drug advice: the plan only says a pharmacist or doctor can advise (NICE NG59, ACP 2017). */
export const MEDICINES = { sources: ["nice_ng59", "acp_2017"] satisfies SourceId[] } as const;

/** Most spasms are clearly better within about 3 weeks of onset; S1 applies from day 21. */
export const RECOVERY = {
  expectBetterByDays: 21,
  /** Self-care recheck: look again this many days after the check. */
  recheckAfterDays: 7,
  /** From this many days without improvement the plan warns that a doctor visit is near (borderline). */
  borderlineFromDays: 14,
  sources: ["nice_ng59", "acp_2017"] satisfies SourceId[],
} as const;

/**
 * Facts that stay self-care but sit just short of a rule, so the plan gives a clear date to see a doctor:
 * two weeks without improvement (S1 applies from three weeks), or one earlier episode in the same area (S3 from two).
 */
export const BORDERLINES = {
  nearly_three_weeks: all(
    atLeast("onsetDaysAgo", RECOVERY.borderlineFromDays),
    any(isNot("course", "improving"), unknown("course")),
  ),
  one_earlier_episode: is("previousEpisodesSameArea", 1),
} as const satisfies Record<string, Condition>;
export type Borderline = keyof typeof BORDERLINES;

/** Conditions in which cold (or heat) should not be used without advice. */
export const COLD_CAUTIONS = [
  "numb_skin",
  "raynauds",
  "cold_urticaria",
  "poor_circulation",
  "diabetic_neuropathy",
] as const;
export type ColdCaution = (typeof COLD_CAUTIONS)[number];
