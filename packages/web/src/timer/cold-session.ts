import { COLD_THERAPY } from "@backtalk/engine";
import { effect, signal } from "@preact/signals";
import { chime, unlockSound, vibrate } from "../alert-sound.ts";
import { notify } from "../notify.ts";
import { route } from "../router.ts";
import { reminder } from "../state/banners.ts";
import { ui } from "../state/settings.ts";
import { getKv, setKv } from "../storage/kv.ts";
import { addColdRound } from "../storage/logs.ts";
import {
  type ColdTimerState,
  type FinishedRound,
  READY,
  settle,
  startRound,
  stopRound,
  viewOf,
} from "./cold-timer.ts";

/** The engine's numbers: a round lasts at most maxMinutes, then the skin rests minSkinRestMinutes. */
export const LIMITS = COLD_THERAPY;

export const timerState = signal<ColdTimerState | null>(null);
export const cautionsAcknowledged = signal(false);
/** Bumped whenever a round is logged, so the list of today's rounds reloads. */
export const roundsVersion = signal(0);

export type TimerEvent = "started" | "stopped" | "done" | "restOver";

/** The latest thing that happened, wherever it was processed, for the timer screen to announce. */
export const lastEvent = signal<{ readonly event: TimerEvent; readonly at: number } | null>(null);

function record(event: TimerEvent | null, at: number): TimerEvent | null {
  if (event) lastEvent.value = { event, at };
  return event;
}

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

/** Alerts older than this (the phone slept through the end) are shown on the page but not notified. */
const FRESH_MS = 2 * 60_000;

/** A chime and a vibration with the banner and the notification, so the end is noticed away from the screen. */
function ring(): void {
  chime();
  vibrate();
}

/**
 * Brings the stored state up to `now`; returns what happened, so the screen can announce it. The end of a
 * round and of the skin rest are also notified (when allowed), rung (sound and vibration) and raised as an
 * app-wide banner, whichever screen is open: this is the only place a transition is processed, so each is
 * alerted once. An end the phone slept through is shown, not rung.
 */
export async function tick(now: number): Promise<TimerEvent | null> {
  const current = timerState.value;
  if (!current) return null;
  const { state, finished } = settle(current, now, LIMITS);
  if (state === current) return null;
  await save(state, finished);
  const event: TimerEvent | null = finished ? "done" : current.phase === "resting" ? "restOver" : null;
  const t = ui.value.timer;
  // On the timer screen the screen itself announces it; elsewhere a banner does.
  const banner = route.value !== "timer";
  if (event === "done" && finished) {
    if (banner) reminder.value = "coldDone";
    if (now - finished.endedAt < FRESH_MS) {
      ring();
      void notify(t.notifyDoneTitle, t.notifyDoneBody, "cold-timer");
    }
  } else if (event === "restOver") {
    if (banner) reminder.value = "coldRestOver";
    ring();
    void notify(t.notifyRestTitle, t.notifyRestBody, "cold-timer");
  }
  return record(event, now);
}

let watching = false;

/**
 * Keeps a timeout at the end of the current phase, on every screen, so the alerts come on time even when
 * the timer screen is closed. Started once after the first screen has rendered.
 */
export async function watchColdTimer(): Promise<void> {
  if (watching) return;
  watching = true;
  if (!timerState.value) await loadTimer();
  let timer: number | undefined;
  effect(() => {
    const state = timerState.value;
    window.clearTimeout(timer);
    if (!state) return;
    const endsAt = viewOf(state, Date.now(), LIMITS).endsAt;
    if (endsAt === null) return;
    timer = window.setTimeout(() => void tick(Date.now()), Math.max(0, endsAt - Date.now()) + 50);
  });
}

/** Starts a round; call it from the person's click, which also lets the end of the round be heard. */
export async function start(now: number): Promise<TimerEvent | null> {
  unlockSound();
  const current = timerState.value ?? READY;
  const next = startRound(current, now, LIMITS);
  if (next === current || next.phase !== "cooling") return null;
  if (reminder.value === "coldRestOver" || reminder.value === "coldDone") reminder.value = null;
  await save(next);
  return record("started", now);
}

export async function stop(now: number): Promise<TimerEvent | null> {
  const current = timerState.value;
  if (!current) return null;
  const { state, finished } = stopRound(current, now, LIMITS);
  await save(state, finished);
  return record(finished ? "stopped" : null, now);
}

export async function acknowledgeCautions(value: boolean): Promise<void> {
  cautionsAcknowledged.value = value;
  await setKv("coldCautionsAcknowledged", value).catch(() => undefined);
}
