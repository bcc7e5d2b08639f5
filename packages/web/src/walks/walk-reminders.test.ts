import { describe, expect, it } from "vitest";
import { MIN_GAP_MS, nextReminderAt, REMINDER_HOURS } from "./walk-reminders.ts";

const at = (hours: number, minutes = 0) => new Date(2026, 10, 25, hours, minutes).getTime();
const HOUR = 3_600_000;

describe("walk reminders", () => {
  const spacing = ((REMINDER_HOURS.to - REMINDER_HOURS.from) * HOUR) / 4;

  it("spreads the goal evenly through the waking hours", () => {
    expect(nextReminderAt({ now: at(8), goal: 4, walksToday: 0 })).toBe(at(REMINDER_HOURS.from) + spacing);
  });

  it("counts from the last walk", () => {
    expect(nextReminderAt({ now: at(12), goal: 4, walksToday: 1, lastWalkAt: at(11) })).toBe(
      at(11) + spacing,
    );
  });

  it("counts from the last reminder when it is later than the last walk", () => {
    expect(
      nextReminderAt({ now: at(13), goal: 4, walksToday: 1, lastWalkAt: at(9), lastReminderAt: at(12) }),
    ).toBe(at(12) + spacing);
  });

  it("reminds now when a reminder is overdue", () => {
    expect(nextReminderAt({ now: at(16), goal: 4, walksToday: 0 })).toBe(at(16));
  });

  it("stops when the goal is met or the day is over", () => {
    expect(nextReminderAt({ now: at(12), goal: 4, walksToday: 4 })).toBeNull();
    expect(nextReminderAt({ now: at(REMINDER_HOURS.to, 5), goal: 4, walksToday: 1 })).toBeNull();
  });

  it("keeps reminding after an evening walk: the walks left share the hours left", () => {
    const walk = at(18, 17);
    const first = nextReminderAt({ now: walk, goal: 4, walksToday: 1, lastWalkAt: walk });
    const share = (at(REMINDER_HOURS.to) - walk) / 3;
    expect(first).toBe(walk + share);
    // Each of the three walks left gets a reminder before the reminder hours end.
    let last = walk;
    const times: number[] = [];
    for (let reminders = 0; reminders < 3; reminders++) {
      const next = nextReminderAt({
        now: last,
        goal: 4,
        walksToday: 1,
        lastWalkAt: walk,
        lastReminderAt: last,
      });
      expect(next).not.toBeNull();
      times.push(next as number);
      last = next as number;
    }
    expect(times.at(-1)).toBeLessThanOrEqual(at(REMINDER_HOURS.to));
    expect(nextReminderAt({ now: at(20), goal: 4, walksToday: 2, lastWalkAt: at(19, 30) })).toBe(
      at(19, 30) + (at(REMINDER_HOURS.to) - at(19, 30)) / 2,
    );
  });

  it("never reminds more often than the minimum gap", () => {
    const late = at(REMINDER_HOURS.to) - 30 * 60_000;
    expect(nextReminderAt({ now: late, goal: 6, walksToday: 0, lastWalkAt: late })).toBe(late + MIN_GAP_MS);
    expect(
      nextReminderAt({ now: late, goal: 6, walksToday: 0, lastReminderAt: late + MIN_GAP_MS - 1 }),
    ).toBeNull();
  });
});
