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

/** Reminders never come closer together than this, however many walks are left. */
export const MIN_GAP_MS = 20 * 60_000;

/**
 * The next reminder time, or null when today's goal is met or the reminder hours are over. The walks still
 * to take share the hours left, counted from the last walk or reminder: an evening walk brings the next
 * reminders closer instead of ending them, and no gap is longer than the day's even spacing.
 */
export function nextReminderAt(input: ReminderInput): number | null {
  const { now, goal, walksToday } = input;
  const left = goal - walksToday;
  if (goal <= 0 || left <= 0) return null;
  const windowStart = atHour(now, REMINDER_HOURS.from);
  const windowEnd = atHour(now, REMINDER_HOURS.to);
  if (now >= windowEnd) return null;
  const last = Math.max(input.lastWalkAt ?? 0, input.lastReminderAt ?? 0, windowStart);
  const even = (windowEnd - windowStart) / goal;
  const gap = Math.max(MIN_GAP_MS, Math.min(even, (windowEnd - last) / left));
  const due = last + gap;
  if (due > windowEnd) return null;
  return Math.max(due, now);
}
