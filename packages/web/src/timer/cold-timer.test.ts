import { COLD_THERAPY } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { clock, READY, settle, startRound, stopRound, viewOf } from "./cold-timer.ts";

const MIN = 60_000;
const limits = COLD_THERAPY;
const t0 = Date.UTC(2026, 10, 25, 9, 0, 0);

describe("cold timer", () => {
  it("uses the engine's limits for a round and the skin rest", () => {
    const cooling = startRound(READY, t0, limits);
    expect(viewOf(cooling, t0, limits)).toEqual({
      phase: "cooling",
      endsAt: t0 + limits.maxMinutes * MIN,
      remainingMs: limits.maxMinutes * MIN,
    });
    const done = settle(cooling, t0 + limits.maxMinutes * MIN, limits);
    expect(done.finished).toEqual({
      startedAt: t0,
      endedAt: t0 + limits.maxMinutes * MIN,
      stoppedEarly: false,
    });
    expect(done.state.phase).toBe("resting");
  });

  it("keeps time from timestamps: a long sleep still ends the round at the limit", () => {
    const cooling = startRound(READY, t0, limits);
    // The phone slept for an hour: the round ended at the limit, and the rest has passed too.
    const woke = settle(cooling, t0 + 60 * MIN, limits);
    expect(woke.finished?.endedAt).toBe(t0 + limits.maxMinutes * MIN);
    expect(woke.state).toEqual(READY);
  });

  it("locks the next round until the skin has rested", () => {
    const ended = t0 + limits.maxMinutes * MIN;
    const resting = settle(startRound(READY, t0, limits), ended, limits).state;
    const tooSoon = ended + (limits.minSkinRestMinutes * MIN) / 2;
    expect(startRound(resting, tooSoon, limits)).toEqual(resting);
    expect(viewOf(resting, tooSoon, limits)).toMatchObject({
      phase: "resting",
      remainingMs: (limits.minSkinRestMinutes * MIN) / 2,
    });
    const later = ended + limits.minSkinRestMinutes * MIN;
    expect(startRound(resting, later, limits)).toEqual({ phase: "cooling", startedAt: later });
  });

  it("refuses a second start while a round runs", () => {
    const cooling = startRound(READY, t0, limits);
    expect(startRound(cooling, t0 + MIN, limits)).toEqual(cooling);
  });

  it("stopping early still requires the full skin rest from that moment", () => {
    const cooling = startRound(READY, t0, limits);
    const stopped = stopRound(cooling, t0 + 5 * MIN, limits);
    expect(stopped.finished).toEqual({ startedAt: t0, endedAt: t0 + 5 * MIN, stoppedEarly: true });
    expect(viewOf(stopped.state, t0 + 5 * MIN, limits)).toEqual({
      phase: "resting",
      endsAt: t0 + (5 + limits.minSkinRestMinutes) * MIN,
      remainingMs: limits.minSkinRestMinutes * MIN,
    });
  });

  it("logs a round that ran out only once", () => {
    const cooling = startRound(READY, t0, limits);
    const first = settle(cooling, t0 + limits.maxMinutes * MIN + 1, limits);
    expect(first.finished).toBeDefined();
    expect(settle(first.state, t0 + limits.maxMinutes * MIN + 2, limits).finished).toBeUndefined();
    expect(stopRound(first.state, t0 + limits.maxMinutes * MIN + 3, limits).finished).toBeUndefined();
  });

  it("never shows more than a whole phase when the clock goes back", () => {
    const cooling = startRound(READY, t0, limits);
    expect(viewOf(cooling, t0 - 10 * MIN, limits).remainingMs).toBe(limits.maxMinutes * MIN);
  });

  it("formats the countdown without showing 0:00 early", () => {
    expect(clock(20 * MIN)).toBe("20:00");
    expect(clock(61_500)).toBe("1:02");
    expect(clock(1)).toBe("0:01");
    expect(clock(0)).toBe("0:00");
  });
});
