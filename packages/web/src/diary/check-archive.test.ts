import { type Case, factsOf, runOracle } from "@backtalk/engine";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completeFromTruth } from "../check/check-driver.test-support.ts";
import { backOne, newCheck } from "../check/check-session.ts";
import { carryDiaryId, check, saveCheck } from "../state/check-state.ts";
import { closeDb, DB_NAME, db } from "../storage/db.ts";
import type { CheckRecord } from "../storage/kv.ts";
import { archiveEarlierCheck, completedCheckOf } from "./check-archive.ts";
import { diary, loadDiary } from "./diary-state.ts";

const cases = Object.values(
  import.meta.glob<Case>("../../../../spec/cases/*.json", { eager: true, import: "default" }),
);
const sample = (id: string) => cases.find((candidate) => candidate.id === id) as Case;
const finished = (id: string): CheckRecord => completeFromTruth(newCheck(), sample(id).facts, "2026-11-20");

beforeEach(() => {
  check.value = null;
});
afterEach(async () => {
  await closeDb();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = () => done(undefined);
  });
});

describe("a finished check goes into the diary", () => {
  it("holds the check's facts and the engine's result", () => {
    const record = finished("sample-01");
    const entry = completedCheckOf(record, "k1", new Date("2026-11-20T09:30:00"));
    const oracle = runOracle(sample("sample-01").facts).assessment;
    expect(entry.facts).toEqual(factsOf(record.state));
    expect(entry.assessment).toEqual({
      level: oracle.level,
      rules: oracle.rules.map((rule) => rule.id),
      knowledgeVersion: oracle.knowledgeVersion,
    });
  });

  it("is archived when it finishes, in the same write as the check itself", async () => {
    await saveCheck(finished("sample-09"));
    const stored = (await (await db()).get("kv", "check")) as CheckRecord;
    expect(stored.diaryId).toBeDefined();
    expect(check.value?.diaryId).toBe(stored.diaryId);
    const checks = await (await db()).getAll("checks");
    expect(checks.map((entry) => entry.id)).toEqual([stored.diaryId]);
  });

  it("keeps one entry when the answers are changed and the check is finished again", async () => {
    const record = finished("sample-09");
    await saveCheck(record);
    const id = check.value?.diaryId;
    // "Change answers": one screen back, then the same screen sent again.
    await saveCheck(backOne(check.value as CheckRecord));
    expect(check.value?.diaryId).toBe(id);
    await saveCheck(completeFromTruth(check.value as CheckRecord, sample("sample-09").facts, "2026-11-20"));
    const checks = await (await db()).getAll("checks");
    expect(checks.map((entry) => entry.id)).toEqual([id]);
  });

  it("adds a second entry for a new check", async () => {
    await saveCheck(finished("sample-09"));
    await saveCheck(newCheck());
    expect(check.value?.diaryId).toBeUndefined();
    await saveCheck(finished("sample-01"));
    expect(await (await db()).count("checks")).toBe(2);
  });

  it("archives a check finished before the diary existed, the first time the diary is read", async () => {
    const legacy = finished("sample-01");
    await (await db()).put("kv", legacy, "check");
    check.value = legacy;
    await loadDiary();
    expect(diary.value?.checks).toHaveLength(1);
    expect(diary.value?.checks?.[0]?.at.slice(0, 10)).toBe("2026-11-20");
    expect(check.value?.diaryId).toBe(diary.value?.checks?.[0]?.id);
    expect(await archiveEarlierCheck()).toBeNull();
  });
});

describe("carryDiaryId", () => {
  const done = { ...newCheck(), finishedOn: "2026-11-20", diaryId: "k1" } as CheckRecord;
  it("keeps the id through a step back and a resubmitted screen", () => {
    const back = { ...done, draft: { screen: "legs", answers: {} }, finishedOn: null } as CheckRecord;
    const { diaryId: _id, ...withoutId } = back;
    expect(carryDiaryId(done, withoutId).diaryId).toBe("k1");
  });
  it("gives a fresh check none, and a check with other starting facts none", () => {
    expect(carryDiaryId(done, newCheck()).diaryId).toBeUndefined();
    const other = { ...newCheck({ fever: true }), draft: { screen: "legs", answers: {} } } as CheckRecord;
    expect(carryDiaryId(done, other).diaryId).toBeUndefined();
  });
});
