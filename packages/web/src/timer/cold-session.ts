import { COLD_THERAPY } from "@backtalk/engine";
import { signal } from "@preact/signals";
import { getKv, setKv } from "../storage/kv.ts";
import { addColdRound } from "../storage/logs.ts";
import {
  type ColdTimerState,
  type FinishedRound,
  READY,
  settle,
  startRound,
  stopRound,
} from "./cold-timer.ts";

/** The engine's numbers: a round lasts at most maxMinutes, then the skin rests minSkinRestMinutes. */
export const LIMITS = COLD_THERAPY;

export const timerState = signal<ColdTimerState | null>(null);
export const cautionsAcknowledged = signal(false);
/** Bumped whenever a round is logged, so the list of today's rounds reloads. */
export const roundsVersion = signal(0);

export type TimerEvent = "started" | "stopped" | "done" | "restOver";

export async function loadTimer(): Promise<void> {
  const [state, acknowledged] = await Promise.all([
    getKv("coldTimer").catch(() => undefined),
    getKv("coldCautionsAcknowledged").catch(() => undefined),
  ]);
  timerState.value = state ?? READY;
  cautionsAcknowledged.value = acknowledged === true;
}

async function save(state: ColdTimerState, finished?: FinishedRound): Promise<void> {
  timerState.value = state;
  try {
    // The round is logged before the state moves on, so a crash in between can only repeat nothing.
    if (finished) await addColdRound(finished);
    await setKv("coldTimer", state);
  } catch {
    // Without storage the timer still runs for this visit.
  }
  if (finished) roundsVersion.value++;
}

/**
 * Brings the stored state up to `now`; returns what happened, so the screen can announce and notify it.
 * Called on every display tick and at each phase's end.
 */
export async function tick(now: number): Promise<TimerEvent | null> {
  const current = timerState.value;
  if (!current) return null;
  const { state, finished } = settle(current, now, LIMITS);
  if (state === current) return null;
  await save(state, finished);
  if (finished && state.phase === "resting") return "done";
  if (state.phase === "ready" && current.phase === "resting") return "restOver";
  return finished ? "done" : null;
}

export async function start(now: number): Promise<TimerEvent | null> {
  const current = timerState.value ?? READY;
  const next = startRound(current, now, LIMITS);
  if (next === current || next.phase !== "cooling") return null;
  await save(next);
  return "started";
}

export async function stop(now: number): Promise<TimerEvent | null> {
  const current = timerState.value;
  if (!current) return null;
  const { state, finished } = stopRound(current, now, LIMITS);
  await save(state, finished);
  return finished ? "stopped" : null;
}

export async function acknowledgeCautions(value: boolean): Promise<void> {
  cautionsAcknowledged.value = value;
  await setKv("coldCautionsAcknowledged", value).catch(() => undefined);
}
