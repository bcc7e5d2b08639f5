/**
 * When to remind the person to take their next walk: the day's goal (from the engine's plan) spread evenly
 * over waking hours, counted from the last walk or reminder. Pure, over epoch milliseconds and local time.
 */
export interface ReminderInput {
  readonly now: number;
  /** Walks per day, from the plan. */
  readonly goal: number;
  readonly walksToday: number;
  readonly lastWalkAt?: number;
  readonly lastReminderAt?: number;
}

/** Reminders only in these local hours, so nobody is woken up. */
export const REMINDER_HOURS = { from: 9, to: 21 } as const;

const atHour = (now: number, hour: number): number => {
  const date = new Date(now);
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
};

/** The next reminder time, or null when today's goal is met or the reminder window has closed. */
export function nextReminderAt(input: ReminderInput): number | null {
  const { now, goal, walksToday } = input;
  if (goal <= 0 || walksToday >= goal) return null;
  const windowStart = atHour(now, REMINDER_HOURS.from);
  const windowEnd = atHour(now, REMINDER_HOURS.to);
  if (now >= windowEnd) return null;
  const interval = (windowEnd - windowStart) / goal;
  const last = Math.max(input.lastWalkAt ?? 0, input.lastReminderAt ?? 0);
  // Before anything happened today the first reminder is one interval into the window.
  const base = Math.max(last, windowStart);
  const due = Math.max(base + interval, windowStart);
  if (due >= windowEnd) return null;
  return Math.max(due, now);
}
