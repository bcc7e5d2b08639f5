/**
 * The cold-therapy timer as a pure state machine over wall-clock timestamps (epoch ms). Nothing counts
 * ticks: every view is computed from `now`, so a background tab or a sleeping phone still shows the
 * right time when it wakes. The limits come from the engine (COLD_THERAPY), never from here.
 */
export interface ColdLimits {
  readonly maxMinutes: number;
  readonly minSkinRestMinutes: number;
}

export type ColdTimerState =
  | { readonly phase: "ready" }
  | { readonly phase: "cooling"; readonly startedAt: number }
  | { readonly phase: "resting"; readonly roundStartedAt: number; readonly endedAt: number };

export interface FinishedRound {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly stoppedEarly: boolean;
}

export interface ColdTimerView {
  readonly phase: ColdTimerState["phase"];
  /** When the current phase ends (cooling: round over; resting: next round allowed). */
  readonly endsAt: number | null;
  readonly remainingMs: number;
}

const MINUTE = 60_000;

export const READY: ColdTimerState = { phase: "ready" };

const roundEnd = (startedAt: number, limits: ColdLimits) => startedAt + limits.maxMinutes * MINUTE;
const restEnd = (endedAt: number, limits: ColdLimits) => endedAt + limits.minSkinRestMinutes * MINUTE;

/**
 * Moves the state on to what `now` implies: a round past its limit has ended (and is returned so it can be
 * logged once), a rest past its minimum is over. Safe to call as often as wanted.
 */
export function settle(
  state: ColdTimerState,
  now: number,
  limits: ColdLimits,
): { state: ColdTimerState; finished?: FinishedRound } {
  if (state.phase === "cooling") {
    const endedAt = roundEnd(state.startedAt, limits);
    if (now < endedAt) return { state };
    const resting: ColdTimerState = { phase: "resting", roundStartedAt: state.startedAt, endedAt };
    return {
      state: settle(resting, now, limits).state,
      finished: { startedAt: state.startedAt, endedAt, stoppedEarly: false },
    };
  }
  if (state.phase === "resting" && now >= restEnd(state.endedAt, limits)) return { state: READY };
  return { state };
}

/** Starts a round; refused (state unchanged) while a round runs or the skin is still resting. */
export function startRound(state: ColdTimerState, now: number, limits: ColdLimits): ColdTimerState {
  const settled = settle(state, now, limits).state;
  return settled.phase === "ready" ? { phase: "cooling", startedAt: now } : settled;
}

/** Ends a round early. The skin rest still applies in full from the moment the pack comes off. */
export function stopRound(
  state: ColdTimerState,
  now: number,
  limits: ColdLimits,
): { state: ColdTimerState; finished?: FinishedRound } {
  const settled = settle(state, now, limits);
  if (settled.state.phase !== "cooling") return settled;
  const startedAt = settled.state.startedAt;
  const endedAt = Math.max(now, startedAt);
  return {
    state: { phase: "resting", roundStartedAt: startedAt, endedAt },
    finished: { startedAt, endedAt, stoppedEarly: true },
  };
}

export function viewOf(state: ColdTimerState, now: number, limits: ColdLimits): ColdTimerView {
  const current = settle(state, now, limits).state;
  if (current.phase === "ready") return { phase: "ready", endsAt: null, remainingMs: 0 };
  const endsAt =
    current.phase === "cooling" ? roundEnd(current.startedAt, limits) : restEnd(current.endedAt, limits);
  // Clamped: a clock set back must not show more than a whole phase.
  const whole = (current.phase === "cooling" ? limits.maxMinutes : limits.minSkinRestMinutes) * MINUTE;
  return { phase: current.phase, endsAt, remainingMs: Math.min(whole, Math.max(0, endsAt - now)) };
}

/** "19:05" from milliseconds, rounding up so the display never shows 0:00 before the end. */
export function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, "0")}`;
}
