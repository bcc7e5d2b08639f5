import {
  assess,
  explain,
  explainGeneralPlan,
  generalPlan,
  isFullPlan,
  LANGS,
  type Level,
} from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { negativeFacts } from "./testing/negative-facts.ts";

const TODAY = "2026-11-25";
const BY_LEVEL: Record<Level, ReturnType<typeof negativeFacts>> = {
  emergency: negativeFacts({ chestSymptoms: true }),
  urgent: negativeFacts({ fever: true }),
  soon: negativeFacts({ legPain: "below_knee" }),
  self_care: negativeFacts(),
};
const SELF_CARE_PARTS = ["walking", "cold", "heat", "recheckOn", "betterBy", "relativeRest", "medicines"];

describe("the plan fits the level", () => {
  it("emergency: no self-care at all, only what to do now and the signs to tell the call handler", () => {
    const { plan } = assess(negativeFacts({ chestSymptoms: true, saddleNumbness: true }), { today: TODAY });
    for (const part of SELF_CARE_PARTS) expect(plan).not.toHaveProperty(part);
    expect(plan).toEqual({
      level: "emergency",
      steps: ["call_or_go", "do_not_drive", "take_reasons", "tell_call_handler"],
      tellCallHandler: ["saddleNumbness", "chestSymptoms"],
    });
    // The JSON an API or CLI caller reads has none of them either.
    const json = JSON.parse(JSON.stringify(plan));
    for (const part of ["walking", "cold", "heat", "recheckOn", "betterBy"])
      expect(json[part]).toBeUndefined();
  });

  it("urgent: contact a doctor today first, comfort measures, no walking goal and no check-in date", () => {
    const { plan } = assess(BY_LEVEL.urgent, { today: TODAY });
    expect(plan).toMatchObject({ level: "urgent", first: "contact_doctor_today" });
    expect(plan).toHaveProperty("cold");
    expect(plan).toHaveProperty("heat");
    for (const part of ["walking", "recheckOn", "betterBy", "borderline"])
      expect(plan).not.toHaveProperty(part);
  });

  it.each(["soon", "self_care"] as const)("%s: the full plan with walks and a check-in date", (level) => {
    const { plan } = assess(BY_LEVEL[level], { today: TODAY });
    expect(plan.level).toBe(level);
    expect(isFullPlan(plan)).toBe(true);
    for (const part of SELF_CARE_PARTS) expect(plan).toHaveProperty(part);
  });

  it("an unfinished check gives comfort measures only, until the open questions are answered", () => {
    const { plan } = assess({});
    expect(plan).toMatchObject({ level: null, first: "answer_open_questions" });
    expect(plan).not.toHaveProperty("walking");
    expect(plan).not.toHaveProperty("recheckOn");
  });

  it("the general plan (no check yet) is the full plan", () => {
    expect(generalPlan({ today: TODAY })).toMatchObject({ level: "self_care", walking: { walksPerDay: 4 } });
    expect(explainGeneralPlan({ today: TODAY }).sections.map((section) => section.id)).toContain("walking");
  });
});

describe("the plan in words, by level, in every language", () => {
  it.each(LANGS)(
    "%s: emergency is one 'what to do now' section: call, don't drive, take the reasons, what to say",
    (lang) => {
      const words = explain(assess(BY_LEVEL.emergency, { today: TODAY }), { lang, country: "GB" });
      expect(words.plan.sections.map((section) => section.id)).toEqual(["now"]);
      const [now] = words.plan.sections;
      expect(now?.paragraphs).toHaveLength(4);
      expect(now?.paragraphs[0]).toContain("999");
      const label = words.reasons[0]?.facts[0]?.label.toLowerCase() ?? "";
      expect(now?.paragraphs[3]).toContain(label);
      const text = JSON.stringify(words.plan);
      expect(text).not.toMatch(/walk|paseo|frío|cold|heat|calor/i);
    },
  );

  it.each(LANGS)(
    "%s: urgent puts 'contact a doctor today' first and has no walks or check-in date",
    (lang) => {
      const words = explain(assess(BY_LEVEL.urgent, { today: TODAY }), { lang });
      const ids = words.plan.sections.map((section) => section.id);
      expect(ids[0]).toBe("doctorToday");
      expect(ids).toEqual(["doctorToday", "relativeRest", "cold", "heat", "medicines", "watchFor"]);
      const watch = words.plan.sections.find((section) => section.id === "watchFor");
      expect(watch?.paragraphs).toEqual([]);
      expect(watch?.lists.map((list) => list.level)).toEqual(["emergency"]);
    },
  );

  it.each(LANGS)("%s: soon and self-care keep the full plan with its dates", (lang) => {
    for (const level of ["soon", "self_care"] as const) {
      const ids = explain(assess(BY_LEVEL[level], { today: TODAY }), { lang }).plan.sections.map((s) => s.id);
      expect(ids).toEqual(["relativeRest", "walking", "cold", "heat", "medicines", "watchFor"]);
    }
  });
});

describe("plan dates", () => {
  const isoAfter = (today: string, days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it("count whole calendar days from today, across months, leap days and centuries", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1000-01-01T00:00:00Z"),
          max: new Date("9990-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 400 }),
        (day, onsetDaysAgo) => {
          const today = day.toISOString().slice(0, 10);
          const { plan } = assess(negativeFacts({ onsetDaysAgo }), { today });
          if (!isFullPlan(plan)) throw new Error("a negative case gets the full plan");
          expect(plan.betterBy).toBe(isoAfter(today, 21 - onsetDaysAgo));
          expect(plan.recheckOn >= today).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("say that a date does not exist rather than make one up", () => {
    expect(() => assess(negativeFacts(), { today: "2026-02-30x" })).toThrow(RangeError);
  });
});
