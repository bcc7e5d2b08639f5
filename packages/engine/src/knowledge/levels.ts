import type { Level } from "../schema/vocabulary.ts";

export interface LevelInfo {
  /** Higher is more urgent; the final level is the highest rank any firing rule reaches. */
  readonly rank: number;
  /** Days within which a clinician should see the person (0 = now). Undefined for self-care. */
  readonly seeClinicianWithinDays?: number;
}

export const LEVEL_INFO: Record<Level, LevelInfo> = {
  emergency: { rank: 3, seeClinicianWithinDays: 0 },
  urgent: { rank: 2, seeClinicianWithinDays: 0 },
  soon: { rank: 1, seeClinicianWithinDays: 14 },
  self_care: { rank: 0 },
};

export const rankOf = (level: Level | null): number => (level === null ? -1 : LEVEL_INFO[level].rank);

export const moreUrgent = (a: Level | null, b: Level | null): Level | null =>
  rankOf(a) >= rankOf(b) ? a : b;
