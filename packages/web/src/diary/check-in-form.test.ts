import { CHECK_IN_WARNING_SIGNS, courseOf } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { placeOf, type Zone, zonesOf } from "./body-zones.ts";
import {
  CHECKLIST_SIGNS,
  type CheckInDraft,
  checkInOf,
  DETAIL_SIGNS,
  notSureOf,
  problemsOf,
  visibleSigns,
} from "./check-in-form.ts";

const NOW = new Date("2026-11-25T08:05:00");
const allNo = (): CheckInDraft["signs"] =>
  Object.fromEntries(
    [...CHECKLIST_SIGNS, "legPain", "legWeakness"].map((fact) => [
      fact,
      CHECKLIST_SIGNS.includes(fact as never) ? false : "none",
    ]),
  );
const draft = (extra: Partial<CheckInDraft> = {}): CheckInDraft => ({
  pain: 5,
  zones: new Set<Zone>(["lower_back:left"]),
  signs: allNo(),
  note: "",
  ...extra,
});

describe("the check-in re-screen", () => {
  it("asks every warning sign the engine lists for check-ins, once", () => {
    expect([...CHECKLIST_SIGNS, ...DETAIL_SIGNS].sort()).toEqual([...CHECK_IN_WARNING_SIGNS].sort());
  });

  it("asks whether weakness is getting worse only after weakness in one leg", () => {
    expect(visibleSigns(draft(), DETAIL_SIGNS)).not.toContain("weaknessWorsening");
    const weak = draft({ signs: { ...allNo(), legWeakness: "one_leg" } });
    expect(visibleSigns(weak, DETAIL_SIGNS)).toContain("weaknessWorsening");
    expect(problemsOf(weak)).toEqual(["weaknessWorsening"]);
  });

  it("needs the pain, a place and an answer (or not sure) to every sign shown", () => {
    expect(problemsOf({ zones: new Set(), signs: {}, note: "" })).toEqual([
      "pain",
      "where",
      "legWeakness",
      "legPain",
      ...CHECKLIST_SIGNS,
    ]);
    expect(problemsOf(draft())).toEqual([]);
  });

  it("writes the diary entry: not sure is left out (never a no), the note trimmed", () => {
    const entry = checkInOf(
      draft({ signs: { ...allNo(), fever: "dont_know" }, mobility: "limited", note: "  stiff  " }),
      "c1",
      NOW,
    );
    expect(entry).toMatchObject({
      id: "c1",
      painScore: 5,
      region: ["lower_back"],
      side: "left",
      note: "stiff",
    });
    expect(entry.at.startsWith("2026-11-25T08:05:00")).toBe(true);
    expect(entry.warningSigns).not.toHaveProperty("fever");
    expect(entry.warningSigns?.saddleNumbness).toBe(false);
    expect(notSureOf(draft({ signs: { ...allNo(), fever: "dont_know" } }))).toEqual(["fever"]);
  });

  it("shows the advice with a not-sure sign unknown, even when an earlier check-in said no", () => {
    const earlier = checkInOf(draft(), "c1", new Date("2026-11-24T08:00:00"));
    const now = checkInOf(draft({ signs: { ...allNo(), saddleNumbness: "dont_know" } }), "c2", NOW);
    const course = courseOf([earlier, now], { today: "2026-11-25" });
    // The engine makes a sign left out of a re-screen unknown again: the earlier "no" never stands for it.
    expect(course.facts.saddleNumbness).toBeUndefined();
    expect(course.assessment.missing).toContain("saddleNumbness");
    expect(course.assessment.level).not.toBe("self_care");
  });

  it("escalates at once when a warning sign is reported", () => {
    const sign = checkInOf(draft({ signs: { ...allNo(), saddleNumbness: true } }), "c1", NOW);
    const course = courseOf([sign], { today: "2026-11-25" });
    expect(course.assessment.level).toBe("emergency");
    expect(course.status).toBe("new_warning_sign");
  });
});

describe("the body map", () => {
  it("keeps the regions and one side for the diary", () => {
    expect(placeOf(new Set<Zone>(["lower_back:left", "mid_back:left"]))).toEqual({
      region: ["lower_back", "mid_back"],
      side: "left",
    });
    expect(placeOf(new Set<Zone>(["lower_back:left", "lower_back:right"])).side).toBe("both");
    expect(placeOf(new Set<Zone>(["upper_back:center"])).side).toBe("center");
    expect(placeOf(new Set())).toEqual({ region: [] });
  });

  it("draws a diary place back on the map", () => {
    expect([...zonesOf(["lower_back"], "both")].sort()).toEqual(["lower_back:left", "lower_back:right"]);
    expect([...zonesOf(["mid_back"], undefined)]).toEqual(["mid_back:center"]);
    for (const side of ["left", "right", "both", "center"] as const)
      expect(placeOf(zonesOf(["upper_back", "lower_back"], side))).toEqual({
        region: ["lower_back", "upper_back"],
        side,
      });
  });
});
