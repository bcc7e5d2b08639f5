/// <reference types="node" />
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { demoDiary } from "../report/demo-diary.ts";
import { ValidationError } from "../validate.ts";
import { type Diary, diaryJsonSchema, emptyDiary, localDate, localDateTime, parseDiary } from "./diary.ts";

const SCHEMA_FILE = new URL("../../../../docs/diary.schema.json", import.meta.url);

const issuesOf = (input: unknown) => {
  try {
    parseDiary(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map(({ path, code, message }) => ({ path, code, message }));
  }
  throw new Error("expected a ValidationError");
};

const minimal: Diary = {
  ...emptyDiary("2026-11-25T10:00:00+01:00"),
  checkIns: [{ id: "a", at: "2026-11-24T09:00:00+01:00", painScore: 5, region: ["lower_back"] }],
};

describe("diary format", () => {
  it("docs/diary.schema.json is the schema generated from the zod schema", () => {
    const generated = `${JSON.stringify(diaryJsonSchema(), null, 2)}\n`;
    // Regenerate with UPDATE_DIARY_SCHEMA=1 after a deliberate format change (and bump the version).
    if (process.env.UPDATE_DIARY_SCHEMA) writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(generated);
  });

  it("round-trips the demo diary without loss", () => {
    const diary = demoDiary({ today: "2026-11-25" });
    expect(parseDiary(JSON.parse(JSON.stringify(diary)))).toEqual(diary);
    expect(parseDiary(minimal)).toEqual(minimal);
  });

  it("names each bad field and what is allowed", () => {
    const issues = issuesOf({
      ...minimal,
      exportedAt: "yesterday",
      profile: { fever: true },
      checkIns: [
        {
          id: "a",
          at: "2026-11-24 09:00",
          painScore: 11,
          region: [],
          warningSigns: { fever: "yes", age: 40 },
          note: "x".repeat(501),
          mood: "ok",
        },
      ],
    });
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        "exportedAt",
        "profile.fever",
        "checkIns[0].at",
        "checkIns[0].painScore",
        "checkIns[0].region",
        "checkIns[0].warningSigns.fever",
        "checkIns[0].warningSigns.age",
        "checkIns[0].note",
        "checkIns[0].mood",
      ].sort(),
    );
    expect(byPath.exportedAt).toMatch(/ISO 8601 date-time/);
    expect(byPath["checkIns[0].painScore"]).toBe("must be a whole number from 0 to 10");
    expect(byPath["checkIns[0].warningSigns.fever"]).toMatch(/true or false/);
    expect(byPath["checkIns[0].warningSigns.age"]).toMatch(/allowed here: saddleNumbness/);
    expect(byPath["profile.fever"]).toMatch(/allowed here: age, sex/);
    expect(byPath["checkIns[0].note"]).toBe("must be at most 500 characters long");
  });

  it("refuses a foreign file, a newer version and repeated ids", () => {
    expect(issuesOf([1, 2]).map((issue) => issue.path)).toEqual([""]);
    expect(issuesOf({ format: "something-else", version: 1 }).map((issue) => issue.path)).toContain("format");
    expect(issuesOf({ ...minimal, version: 2 })).toEqual([
      expect.objectContaining({ path: "version", code: "unsupported_version" }),
    ]);
    expect(issuesOf({ ...minimal, checkIns: [minimal.checkIns[0], minimal.checkIns[0]] })).toEqual([
      { path: "checkIns[1].id", code: "duplicate_id", message: '"a" is used twice' },
    ]);
  });

  it("writes local date-times whose day is the local day", () => {
    const date = new Date(2026, 10, 25, 23, 45, 7);
    expect(localDateTime(date)).toMatch(/^2026-11-25T23:45:07[+-]\d\d:\d\d$/);
    expect(Date.parse(localDateTime(date))).toBe(date.getTime());
    expect(localDate(date)).toBe("2026-11-25");
  });
});
