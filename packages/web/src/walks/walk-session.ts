import { signal } from "@preact/signals";
import { currentAssessment, walkGoalOf } from "../check/current-plan.ts";
import { notify } from "../notify.ts";
import { reminder } from "../state/banners.ts";
import { check } from "../state/check-state.ts";
import { ui } from "../state/settings.ts";
import { today } from "../state/today.ts";
import type { WalkLog } from "../storage/db.ts";
import { getKv, setKv } from "../storage/kv.ts";
import { addWalk, localDay, removeWalk, walksOn } from "../storage/logs.ts";
import { nextReminderAt, REMINDER_HOURS } from "./walk-reminders.ts";

/**
 * Walks and their reminders, app-wide: reminders fire on any screen while BackTalk is open (a banner,
 * and a notification when allowed). The daily goal is the engine plan's walksPerDay.
 */
export const walksToday = signal<WalkLog[]>([]);
export const remindersOn = signal(false);
export const nextReminder = signal<number | null>(null);

let lastReminderAt: number | undefined;
let timer: number | undefined;

export const walkGoal = (): number => walkGoalOf(currentAssessment(check.value, today()), today());

export async function startWalkSession(): Promise<void> {
  try {
    remindersOn.value = (await getKv("walkReminders")) === true;
    lastReminderAt = await getKv("lastWalkReminderAt");
  } catch {
    remindersOn.value = false;
  }
  await refreshWalks();
  schedule();
}

export async function refreshWalks(): Promise<void> {
  walksToday.value = await walksOn(localDay(Date.now())).catch(() => []);
}

function schedule(): void {
  window.clearTimeout(timer);
  if (!remindersOn.value) {
    nextReminder.value = null;
    return;
  }
  const now = Date.now();
  const walks = walksToday.value;
  const next = nextReminderAt({
    now,
    goal: walkGoal(),
    walksToday: walks.length,
    ...(walks.length > 0 ? { lastWalkAt: (walks.at(-1) as WalkLog).at } : {}),
    ...(lastReminderAt === undefined ? {} : { lastReminderAt }),
  });
  nextReminder.value = next;
  // Nothing more today: look again when tomorrow's reminder hours begin (walks then count from zero).
  const wake = next ?? tomorrowAt(REMINDER_HOURS.from, now);
  timer = window.setTimeout(
    () => void (next === null ? refreshWalks().then(schedule) : fire()),
    Math.max(0, wake - now),
  );
}

function tomorrowAt(hour: number, now: number): number {
  const date = new Date(now);
  date.setDate(date.getDate() + 1);
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
}

async function fire(): Promise<void> {
  lastReminderAt = Date.now();
  await setKv("lastWalkReminderAt", lastReminderAt).catch(() => undefined);
  reminder.value = "walk";
  const t = ui.value.walks;
  void notify(t.notifyTitle, t.notifyBody, "walk-reminder");
  await refreshWalks();
  schedule();
}

export async function setReminders(on: boolean): Promise<void> {
  remindersOn.value = on;
  await setKv("walkReminders", on).catch(() => undefined);
  schedule();
}

export async function logWalk(): Promise<WalkLog | undefined> {
  const walk = await addWalk(Date.now()).catch(() => undefined);
  reminder.value = null;
  await refreshWalks();
  schedule();
  return walk;
}

export async function undoLastWalk(): Promise<void> {
  const last = walksToday.value.at(-1);
  if (last?.id === undefined) return;
  await removeWalk(last.id).catch(() => undefined);
  await refreshWalks();
  schedule();
}
