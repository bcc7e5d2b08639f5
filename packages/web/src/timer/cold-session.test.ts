import { COLD_THERAPY } from "@backtalk/engine";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reminder } from "../state/banners.ts";
import { closeDb } from "../storage/db.ts";
import { getKv } from "../storage/kv.ts";
import { coldRoundsOn } from "../storage/logs.ts";
import {
  acknowledgeCautions,
  cautionsAcknowledged,
  loadTimer,
  start,
  stop,
  tick,
  timerState,
} from "./cold-session.ts";

const MIN = 60_000;
const t0 = new Date(2026, 10, 25, 10, 0, 0).getTime();

beforeEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase("backtalk");
  await loadTimer();
});
afterEach(closeDb);

describe("cold timer session (state in IndexedDB)", () => {
  it("logs a round that ran to the limit exactly once, and keeps the state for a reload", async () => {
    expect(await start(t0)).toBe("started");
    expect(await getKv("coldTimer")).toEqual({ phase: "cooling", startedAt: t0 });
    expect(await tick(t0 + MIN)).toBeNull();
    const end = t0 + COLD_THERAPY.maxMinutes * MIN;
    expect(await tick(end)).toBe("done");
    expect(await tick(end + 1)).toBeNull();
    expect(await coldRoundsOn(t0)).toMatchObject([{ startedAt: t0, endedAt: end, stoppedEarly: false }]);
    // A reload reads the stored state back.
    timerState.value = null;
    await loadTimer();
    expect(timerState.value).toEqual({ phase: "resting", roundStartedAt: t0, endedAt: end });
    expect(await start(end + MIN)).toBeNull();
    expect(reminder.value).toBe("coldDone");
    expect(await tick(end + COLD_THERAPY.minSkinRestMinutes * MIN)).toBe("restOver");
    expect(reminder.value).toBe("coldRestOver");
  });

  it("logs an early stop as stopped early", async () => {
    await start(t0);
    expect(await stop(t0 + 3 * MIN)).toBe("stopped");
    expect(await coldRoundsOn(t0)).toMatchObject([
      { startedAt: t0, endedAt: t0 + 3 * MIN, stoppedEarly: true },
    ]);
  });

  it("remembers that the skin cautions were acknowledged", async () => {
    expect(cautionsAcknowledged.value).toBe(false);
    await acknowledgeCautions(true);
    cautionsAcknowledged.value = false;
    await loadTimer();
    expect(cautionsAcknowledged.value).toBe(true);
  });
});
