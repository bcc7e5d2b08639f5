import { COURSE } from "../knowledge/course.ts";
import { REGIONS, type Region } from "../schema/vocabulary.ts";
import { byTime, dayOf } from "./calendar.ts";
import type { CheckIn } from "./diary.ts";

/** One spell of back pain: from a check-in with pain until a pain-free gap (see `recovered`). */
export interface Episode {
  /** 0-based, oldest first. */
  readonly index: number;
  /** The first check-in with pain. */
  readonly start: string;
  /** The last check-in that belongs to the episode (pain-free check-ins after the pain belong to it too). */
  readonly end: string;
  /** The last check-in with pain above 0. */
  readonly lastPainAt: string;
  /** Every body-map region with pain in this episode, in body-map order. */
  readonly regions: readonly Region[];
  readonly peakPain: number;
  /** The episode's check-ins in time order. */
  readonly checkIns: readonly CheckIn[];
  /** A pain-free gap has closed it: by the next episode, or by `today` for the latest. */
  readonly resolved: boolean;
}

export interface GroupOptions {
  /** ISO date; the latest episode is `resolved` when the pain-free gap has passed by this day. */
  readonly today?: string;
}

interface Open {
  readonly checkIns: CheckIn[];
  /** Day of the first pain-free check-in since the last check-in with pain, if any. */
  painFreeSince: number | null;
}

/**
 * True when the open episode is over by `day`: a pain-free check-in followed by at least `painFreeGapDays`
 * without pain, or no check-in for at least `quietGapDays` after a check-in with pain of at most `quietMaxPain`.
 */
function recovered(open: Open, day: number): boolean {
  const last = open.checkIns[open.checkIns.length - 1] as CheckIn;
  if (open.painFreeSince !== null && day - open.painFreeSince >= COURSE.painFreeGapDays) return true;
  return last.painScore <= COURSE.quietMaxPain && day - dayOf(last.at) >= COURSE.quietGapDays;
}

function close(open: Open, index: number, resolved: boolean): Episode {
  const painful = open.checkIns.filter((checkIn) => checkIn.painScore > 0);
  const seen = new Set(painful.flatMap((checkIn) => checkIn.region));
  return {
    index,
    start: (open.checkIns[0] as CheckIn).at,
    end: (open.checkIns[open.checkIns.length - 1] as CheckIn).at,
    lastPainAt: (painful[painful.length - 1] as CheckIn).at,
    regions: REGIONS.filter((region) => seen.has(region)),
    peakPain: Math.max(...painful.map((checkIn) => checkIn.painScore)),
    checkIns: open.checkIns,
    resolved,
  };
}

/**
 * Groups check-ins into episodes, oldest first. A new episode starts with pain after a pain-free gap;
 * pain-free check-ins outside any episode belong to none. Without a recorded gap the pain is one episode,
 * however long, so "days since onset" never restarts on its own (safer for S1/S2).
 */
export function groupEpisodes(checkIns: readonly CheckIn[], options: GroupOptions = {}): Episode[] {
  const episodes: Episode[] = [];
  let open: Open | null = null;
  for (const checkIn of byTime(checkIns, (item) => item.at)) {
    const day = dayOf(checkIn.at);
    if (open && recovered(open, day)) {
      episodes.push(close(open, episodes.length, true));
      open = null;
    }
    if (!open) {
      if (checkIn.painScore > 0) open = { checkIns: [checkIn], painFreeSince: null };
      continue;
    }
    open.checkIns.push(checkIn);
    if (checkIn.painScore > 0) open.painFreeSince = null;
    else open.painFreeSince ??= day;
  }
  if (open) {
    const resolved = options.today !== undefined && recovered(open, dayOf(options.today));
    episodes.push(close(open, episodes.length, resolved));
  }
  return episodes;
}
