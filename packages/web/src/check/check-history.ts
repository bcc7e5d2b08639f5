import { navigate, onHistoryMove, screenFromPath } from "../router.ts";
import { check, saveCheck } from "../state/check-state.ts";
import { today } from "../state/today.ts";
import type { CheckRecord } from "../storage/kv.ts";
import { type CheckPosition, moveTo, positionOf } from "./check-session.ts";

/**
 * Every screen of the check is a browser history entry that remembers where the check stood, so Back,
 * Forward (buttons, gestures, Alt+Left) and a reload go to the screen the person expects, with its answers.
 */
export interface CheckEntry {
  /** Answered screens when this entry was shown, or "end" for the result. */
  readonly checkAt: CheckPosition;
  /** True when the entry before this one is the check's previous screen, so "Back" can be the browser's. */
  readonly afterCheck: boolean;
}

export function entryOf(state: unknown): CheckEntry | null {
  if (typeof state !== "object" || state === null || !("checkAt" in state)) return null;
  const { checkAt, afterCheck } = state as { checkAt: unknown; afterCheck?: unknown };
  if (checkAt !== "end" && (typeof checkAt !== "number" || !Number.isInteger(checkAt) || checkAt < 0)) {
    return null;
  }
  return { checkAt, afterCheck: afterCheck === true };
}

/** Set when the check moved to another screen, so that screen's heading takes focus. */
export const focusRequest = { heading: false };

/** Shows the check's next screen (or its result) as a new history entry. */
export function goForward(record: CheckRecord): void {
  const checkAt = positionOf(record);
  focusRequest.heading = true;
  navigate(checkAt === "end" ? "result" : "check", { state: { checkAt, afterCheck: true } });
}

/** Opens the check at `record` (already moved, e.g. to change one answer) as a new history entry. */
export function openAt(record: CheckRecord): void {
  focusRequest.heading = true;
  void saveCheck(record);
  navigate("check", { state: { checkAt: positionOf(record), afterCheck: false } });
}

/**
 * The check's own Back button: the browser's Back when the entry before is the previous screen; otherwise
 * (the check was resumed from a link) it steps back in place.
 */
export function backOneScreen(record: CheckRecord): void {
  const here = positionOf(record);
  const entry = entryOf(history.state);
  if (here === 0) {
    navigate("start");
    return;
  }
  focusRequest.heading = true;
  if (entry?.afterCheck && entry.checkAt === here) {
    history.back();
    return;
  }
  const moved = moveTo(record, (here === "end" ? record.state.steps.length : here) - 1, today());
  void saveCheck(moved);
  history.replaceState({ checkAt: positionOf(moved), afterCheck: false } satisfies CheckEntry, "");
}

/**
 * Puts the check where the current history entry says: called on every history move and when the check or
 * result screen opens. An entry without a place (a link, a typed address) gets the check's current place.
 */
export function followHistory(): void {
  const screen = screenFromPath(location.pathname);
  const record = check.value;
  if ((screen !== "check" && screen !== "result") || !record) return;
  const here = positionOf(record);
  const entry = entryOf(history.state);
  if (!entry) {
    history.replaceState({ checkAt: here, afterCheck: false } satisfies CheckEntry, "");
    return;
  }
  if (entry.checkAt === here) return;
  const moved = moveTo(record, entry.checkAt, today());
  focusRequest.heading = true;
  void saveCheck(moved);
  const reached = positionOf(moved);
  if (screen === "result" && reached !== "end") {
    navigate("check", { replace: true, state: { checkAt: reached, afterCheck: entry.afterCheck } });
  } else if (reached !== entry.checkAt) {
    history.replaceState({ ...entry, checkAt: reached } satisfies CheckEntry, "");
  }
}

onHistoryMove(followHistory);
