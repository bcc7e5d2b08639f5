import { describe, expect, it } from "vitest";
import { demoDiary } from "../report/demo-diary.ts";
import { ValidationError } from "../validate.ts";
import { parseDiarySnapshot } from "./diary-snapshot.ts";

const snapshot = {
  kind: "diary",
  diary: demoDiary({ today: "2026-11-25" }),
  today: "2026-11-25",
  lang: "es",
  createdAt: "2026-11-25T10:00:00.000Z",
};

const issuesOf = (input: unknown, prefix: string[] = []) => {
  try {
    parseDiarySnapshot(input, prefix);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe("the diary share snapshot", () => {
  it("accepts what the web app sends, unchanged", () => {
    expect(parseDiarySnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it("names every bad field of the envelope and the diary together, under the given prefix", () => {
    const broken = {
      ...snapshot,
      today: "25/11/2026",
      lang: "fr",
      extra: true,
      diary: { ...snapshot.diary, checkIns: [{ ...snapshot.diary.checkIns[0], painScore: 11 }] },
    };
    expect(
      issuesOf(broken, ["snapshot"])
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(["snapshot.diary.checkIns[0].painScore", "snapshot.extra", "snapshot.lang", "snapshot.today"]);
  });

  it("keeps the diary's own clear messages: a newer version, a repeated id", () => {
    const newer = issuesOf({ ...snapshot, diary: { ...snapshot.diary, version: 2 } });
    expect(newer).toEqual([expect.objectContaining({ path: "diary.version", code: "unsupported_version" })]);
    const first = snapshot.diary.checkIns[0];
    const twice = issuesOf({ ...snapshot, diary: { ...snapshot.diary, checkIns: [first, first] } });
    expect(twice).toEqual([expect.objectContaining({ path: "diary.checkIns[1].id", code: "duplicate_id" })]);
  });

  it("refuses what is not an object, and a missing diary", () => {
    expect(issuesOf("diary")).toEqual([expect.objectContaining({ path: "" })]);
    const { diary: _diary, ...withoutDiary } = snapshot;
    expect(issuesOf(withoutDiary).map((issue) => issue.path)).toEqual(["diary"]);
  });
});
