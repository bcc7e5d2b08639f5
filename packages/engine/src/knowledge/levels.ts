import type { Level } from "../schema/vocabulary.ts";

export interface LevelInfo {
  /** Higher is more urgent; the final level is the highest rank any firing rule reaches. */
  readonly rank: number;
  /** Days within which a clinician should see the person (0 = now). Undefined for self-care. */
  readonly seeClinicianWithinDays?: number;
}

/**
 * The parts of a level's banner, in the order shown: the level's title, what to do, the call button, the detail,
 * the check of the country behind the emergency number, and the country's non-urgent health advice line.
 */
export type BannerPart = "title" | "action" | "call" | "detail" | "country" | "adviceLine";

/** How a level (or a check still open) is shown, so every shell presents it the same way. */
export interface LevelPresentation {
  /** Shown as an alarm: a loud, full-width alert that cannot be missed. */
  readonly alarm: boolean;
  readonly banner: readonly BannerPart[];
  /** Warning signs in the person's words that would reach this level bring its advice forward at once. */
  readonly bringForward: boolean;
}

const CALM: LevelPresentation = {
  alarm: false,
  banner: ["title", "action", "detail", "adviceLine"],
  bringForward: false,
};

export const LEVEL_PRESENTATION: Readonly<Record<Level | "pending", LevelPresentation>> = {
  emergency: { alarm: true, banner: ["title", "action", "call", "detail", "country"], bringForward: true },
  urgent: { ...CALM, bringForward: true },
  soon: CALM,
  self_care: CALM,
  pending: CALM,
};

export const LEVEL_INFO: Record<Level, LevelInfo> = {
  emergency: { rank: 3, seeClinicianWithinDays: 0 },
  urgent: { rank: 2, seeClinicianWithinDays: 0 },
  soon: { rank: 1, seeClinicianWithinDays: 14 },
  self_care: { rank: 0 },
};

export const rankOf = (level: Level | null): number => (level === null ? -1 : LEVEL_INFO[level].rank);

export const moreUrgent = (a: Level | null, b: Level | null): Level | null =>
  rankOf(a) >= rankOf(b) ? a : b;
