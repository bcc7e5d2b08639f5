import type { RuleId } from "./rules/index.ts";
import type { SourceId } from "./sources.ts";

/**
 * The numbers behind tracking over weeks: when a new episode starts, how the trend is judged, how far back
 * "same area" looks. course/episodes.ts and course/course.ts read these and nothing else.
 */
export const COURSE = {
  /** A pain-free check-in (pain 0) followed by this many calendar days without pain above 0 ends an episode. */
  painFreeGapDays: 7,
  /** Or: no check-in at all for this many days after a check-in with pain at most `quietMaxPain`. */
  quietGapDays: 14,
  quietMaxPain: 1,
  /**
   * The trend compares the worst pain of the episode's first days with the worst pain of its latest days
   * (each window this many calendar days). The worst, not the mean, so a single good day never reads as recovery.
   */
  trendWindowDays: 3,
  /**
   * A change counts as real when it is at least 2 points or at least 30% of the first days' worst
   * (IMMPACT / Ostelo 2008 thresholds for a clinically important change on a 0-10 scale). Smaller changes are "unchanged".
   */
  meaningfulChange: { points: 2, fraction: 0.3 },
  /** "Previous episodes in the same area" counts episodes that had pain within this many days (12 months, S3). */
  sameAreaLookbackDays: 365,
  sources: ["nice_ng59"] satisfies SourceId[],
  /** Evidence not (yet) in knowledge/sources.ts. */
  references: [
    "Pengel LHM, et al. Acute low back pain: systematic review of its prognosis. BMJ 2003;327:323 (most improve within weeks; recurrence is common within 12 months).",
    "Ostelo RWJG, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33:90-94.",
    "Dworkin RH, et al. (IMMPACT). Interpreting the clinical importance of treatment outcomes in chronic pain clinical trials. J Pain 2008;9:105-121.",
  ],
} as const;

/**
 * Course statuses in priority order (the first that applies is shown). The rule-based ones are read from the
 * rules that fired, never decided a second time here.
 */
export const COURSE_STATUSES = [
  "new_warning_sign",
  "not_better_after_3_weeks",
  "keeps_coming_back",
  "worse_despite_self_care",
  "improving",
  "unchanged",
  "worsening",
  "too_early",
] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** The rules that judge the course from the history, and the status each one means. */
export const COURSE_RULE_STATUS = {
  S1: "not_better_after_3_weeks",
  S2: "not_better_after_3_weeks",
  S3: "keeps_coming_back",
  S8: "worse_despite_self_care",
} as const satisfies Partial<Record<RuleId, CourseStatus>>;

/** Which facts a check-in re-screens, which belong to the profile and which the history computes: the fact registry. */
export { CHECK_IN_WARNING_SIGNS, HISTORY_FACTS, PROFILE_FACTS } from "../schema/facts.ts";
