import { afterEach, describe, expect, it } from "vitest";
import { DB_VERSION, MIGRATIONS, openBackTalkDB } from "./db.ts";

const names: string[] = [];
const freshName = () => {
  const name = `backtalk-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const name of names.splice(0)) indexedDB.deleteDatabase(name);
});

describe("storage schema", () => {
  it("is one migration step per version", () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it("creates every store and index from nothing", async () => {
    const db = await openBackTalkDB(freshName());
    expect([...db.objectStoreNames].sort()).toEqual(["checkIns", "checks", "coldRounds", "kv", "walks"]);
    expect([...db.transaction("walks").store.indexNames]).toEqual(["byDay"]);
    expect([...db.transaction("coldRounds").store.indexNames]).toEqual(["byStart"]);
    db.close();
  });

  it("upgrades from every earlier version and keeps the data", async () => {
    for (let from = 1; from < DB_VERSION; from++) {
      const name = freshName();
      const old = await openBackTalkDB(name, from);
      await old.put("kv", "es", "lang");
      await old.add("coldRounds", { startedAt: 100, endedAt: 200, stoppedEarly: false });
      await old.add("walks", { at: 1, day: "2026-11-25" });
      old.close();
      const current = await openBackTalkDB(name);
      expect(current.version).toBe(DB_VERSION);
      expect(await current.get("kv", "lang")).toBe("es");
      expect(await current.getAll("coldRounds")).toEqual([
        { id: 1, startedAt: 100, endedAt: 200, stoppedEarly: false },
      ]);
      expect(await current.getAll("walks")).toEqual([{ id: 1, at: 1, day: "2026-11-25" }]);
      // Every store of the newest schema is there, whatever version the device started from.
      expect([...current.objectStoreNames].sort()).toEqual([
        "checkIns",
        "checks",
        "coldRounds",
        "kv",
        "walks",
      ]);
      current.close();
    }
  });

  it("keeps walks and cold rounds across a reopen, queryable by day and start", async () => {
    const name = freshName();
    const db = await openBackTalkDB(name);
    await db.add("walks", { at: 1, day: "2026-11-25" });
    await db.add("walks", { at: 2, day: "2026-11-26" });
    await db.add("coldRounds", { startedAt: 100, endedAt: 200, stoppedEarly: false });
    db.close();
    const again = await openBackTalkDB(name);
    expect(await again.getAllFromIndex("walks", "byDay", "2026-11-25")).toEqual([
      { id: 1, at: 1, day: "2026-11-25" },
    ]);
    expect(await again.countFromIndex("coldRounds", "byStart", IDBKeyRange.bound(0, 150))).toBe(1);
    again.close();
  });
});
