import { type Diary, demoDiary, generateDiary, localDateTime, parseDiary } from "@backtalk/engine";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb, DB_NAME, db } from "../storage/db.ts";
import { addColdRound, addWalk } from "../storage/logs.ts";
import {
  addCheckIn,
  deleteEverything,
  diaryFromStored,
  readDemo,
  readStoredDiary,
  replaceDiary,
  startDemo,
} from "./diary-store.ts";

afterEach(async () => {
  await closeDb();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = () => done(undefined);
  });
});

const NOW = new Date("2026-11-25T10:00:00");
/** The diary as the app would export it now. */
const exported = async () => parseDiary(diaryFromStored(await readStoredDiary(), NOW));
/** Compared without the export time; a list left out and an empty list mean the same. */
const withoutStamp = ({ exportedAt: _stamp, ...rest }: Diary) => ({
  ...rest,
  checks: rest.checks ?? [],
  coldRounds: rest.coldRounds ?? [],
  walks: rest.walks ?? [],
});

describe("the diary on this device", () => {
  it("reads the timer's rounds and the logged walks into the diary format, with ids and local times", async () => {
    const started = new Date("2026-11-24T10:00:00").getTime();
    await addColdRound({ startedAt: started, endedAt: started + 15 * 60_000, stoppedEarly: false });
    await addWalk(new Date("2026-11-24T17:00:00").getTime());
    const diary = await exported();
    expect(diary.coldRounds).toEqual([
      {
        id: `cold-${started}`,
        startedAt: localDateTime(new Date(started)),
        endedAt: localDateTime(new Date(started + 15 * 60_000)),
      },
    ]);
    expect(diary.walks?.map((walk) => walk.at)).toEqual([localDateTime(new Date("2026-11-24T17:00:00"))]);
  });

  it("gives two rounds logged in the same millisecond different ids", async () => {
    await addColdRound({ startedAt: 1000, endedAt: 2000, stoppedEarly: false });
    await addColdRound({ startedAt: 1000, endedAt: 3000, stoppedEarly: true });
    const ids = (await exported()).coldRounds?.map((round) => round.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("imports and exports losslessly: the same diary comes back, whatever the ids and offsets", async () => {
    const file = { ...demoDiary({ today: "2026-11-25" }), demo: undefined } as unknown as Diary;
    const { demo: _demo, ...real } = file;
    const original = parseDiary(real);
    await replaceDiary(original);
    expect(withoutStamp(await exported())).toEqual(withoutStamp(original));
    // And once more through storage: export, import, export.
    const again = await exported();
    await replaceDiary(again);
    expect(withoutStamp(await exported())).toEqual(withoutStamp(original));
  });

  it("keeps a year of check-ins (1,000) through an import", async () => {
    const { demo: _demo, ...big } = generateDiary({ checkIns: 1000, seed: 7 });
    await replaceDiary(parseDiary(big));
    const back = await exported();
    expect(back.checkIns).toHaveLength(1000);
    expect(withoutStamp(back)).toEqual(withoutStamp(parseDiary(big)));
  });

  it("replaces the diary as a whole: nothing of the old one stays", async () => {
    await addCheckIn({ id: "old", at: "2026-11-20T08:00:00+01:00", painScore: 4, region: ["mid_back"] });
    await addWalk(Date.now());
    const file = parseDiary({
      format: "backtalk-diary",
      version: 1,
      exportedAt: "2026-11-25T09:00:00+01:00",
      checkIns: [{ id: "new", at: "2026-11-24T08:00:00+01:00", painScore: 6, region: ["lower_back"] }],
    });
    await replaceDiary(file);
    const diary = await exported();
    expect(diary.checkIns.map((checkIn) => checkIn.id)).toEqual(["new"]);
    expect(diary.walks).toEqual([]);
  });

  it("changes nothing when a write in the import fails (one transaction)", async () => {
    await addCheckIn({ id: "kept", at: "2026-11-20T08:00:00+01:00", painScore: 4, region: ["mid_back"] });
    const before = await exported();
    // A value IndexedDB cannot store makes the transaction abort midway.
    const broken = {
      ...before,
      checkIns: [
        { id: "a", at: "2026-11-24T08:00:00+01:00", painScore: 6, region: ["lower_back"] },
        { id: "b", at: "2026-11-24T09:00:00+01:00", painScore: 6, region: ["lower_back"], bad: () => 1 },
      ],
    } as unknown as Diary;
    await expect(replaceDiary(broken)).rejects.toThrow();
    expect(withoutStamp(await exported())).toEqual(withoutStamp(before));
  });

  it("puts an example diary in the demo slot and leaves the person's own data alone", async () => {
    await addCheckIn({ id: "mine", at: "2026-11-20T08:00:00+01:00", painScore: 4, region: ["mid_back"] });
    await replaceDiary(demoDiary({ today: "2026-11-25" }));
    expect((await readDemo())?.demo).toBe(true);
    expect((await readStoredDiary()).checkIns.map((checkIn) => checkIn.id)).toEqual(["mine"]);
    // While the example is shown, a check-in goes into the example.
    await addCheckIn({
      id: "demo-extra",
      at: "2026-11-25T08:00:00+01:00",
      painScore: 3,
      region: ["lower_back"],
    });
    expect((await readDemo())?.checkIns.at(-1)?.id).toBe("demo-extra");
    expect((await readStoredDiary()).checkIns).toHaveLength(1);
  });

  it("deletes every piece of health data in one go and keeps only language and country", async () => {
    const database = await db();
    await database.put("kv", "es", "lang");
    await database.put("kv", "ES", "country");
    await database.put("kv", true, "walkReminders");
    await addCheckIn({ id: "x", at: "2026-11-20T08:00:00+01:00", painScore: 4, region: ["mid_back"] });
    await addColdRound({ startedAt: 1, endedAt: 2, stoppedEarly: false });
    await startDemo(demoDiary({ today: "2026-11-25" }));
    await deleteEverything();
    const again = await db();
    expect((await again.getAllKeys("kv")).sort()).toEqual(["country", "lang"]);
    for (const store of ["checkIns", "checks", "coldRounds", "walks"] as const)
      expect(await again.count(store)).toBe(0);
  });
});
