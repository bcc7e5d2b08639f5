import { adviceBroughtForward, answerText, assess, explain, type Facts, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { negativeFacts } from "./testing/negative-facts.ts";

describe("explain", () => {
  it("shares its fixed parts between explanations, frozen, and words each one as if made afresh", () => {
    const people: Facts[] = [
      negativeFacts(),
      { ...negativeFacts(), legNumbness: true },
      { ...negativeFacts(), fever: true },
      { ...negativeFacts(), mobility: "severely_limited" },
      { bladderChange: true, saddleNumbness: true },
      {},
    ];
    for (const lang of ["en", "es"] as const)
      for (const country of [undefined, "GB", "MX"]) {
        const first = people.map((facts) =>
          explain(assess(facts, { today: "2026-11-25" }), { lang, country }),
        );
        const again = people.map((facts) =>
          explain(assess(facts, { today: "2026-11-25" }), { lang, country }),
        );
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
        for (const [index, words] of again.entries()) {
          const before = first[index] as (typeof first)[number];
          expect(words.headline).toBe(before.headline);
          expect(Object.isFrozen(words.headline)).toBe(true);
          words.plan.sections.forEach((section, at) => {
            expect(Object.isFrozen(section.sources)).toBe(true);
            if (Object.isFrozen(section)) expect(section).toBe(before.plan.sections[at]);
          });
        }
      }
    // Different words never share a part: another language, another country's number.
    const en = explain(assess(negativeFacts(), { today: "2026-11-25" }), { lang: "en" });
    const es = explain(assess(negativeFacts(), { today: "2026-11-25" }), { lang: "es" });
    expect(es.plan.sections[0]).not.toBe(en.plan.sections[0]);
    expect(es.plan.sections[0]?.title).not.toBe(en.plan.sections[0]?.title);
    const gb = explain(assess({ bladderChange: true }), { lang: "en", country: "GB" });
    const us = explain(assess({ bladderChange: true }), { lang: "en", country: "US" });
    expect([gb.emergency.number, us.emergency.number]).toEqual(["999", "911"]);
  });

  it("puts the local emergency number into the emergency advice", () => {
    const words = explain(assess({ bladderChange: true }), { lang: "en", country: "GB" });
    expect(words.level).toBe("emergency");
    expect(words.headline.action).toContain("999");
    expect(words.emergency).toMatchObject({
      number: "999",
      advice: "111",
      knownCountry: true,
      call: "Call 999",
    });
  });

  it("falls back to 112 and says the country is unknown", () => {
    const words = explain(assess({ chestSymptoms: true }), { lang: "es" });
    expect(words.emergency).toMatchObject({ number: "112", knownCountry: false });
    expect(words.headline.action).toContain("112");
    expect(words.headline.title).toMatch(/emergencia/);
  });

  it("shows every fired rule with the person's answers in words and its sources", () => {
    const words = explain(assess(negativeFacts({ legWeakness: "one_leg", weaknessWorsening: true })), {
      lang: "en",
    });
    const u4 = words.reasons.find((reason) => reason.id === "U4");
    expect(u4?.title).toMatch(/getting worse/);
    expect(u4?.facts.map((fact) => fact.answer)).toEqual(["Yes, one leg", "Yes"]);
    expect(u4?.sources.length).toBeGreaterThan(0);
    expect(u4?.sources[0]?.title).toMatch(/NICE/);
  });

  it("names an unknown fact behind a rule as not answered", () => {
    const words = explain(assess({ abdominalPain: true }), { lang: "en" });
    const u6 = words.reasons.find((reason) => reason.id === "U6");
    expect(u6?.facts).toContainEqual({ fact: "age", label: "Age", answer: "not answered" });
    expect(words.missing.map((item) => item.fact)).toContain("age");
  });

  it("words answers of every kind", () => {
    expect(answerText("age", 73)).toBe("73 years");
    expect(answerText("legPain", "below_knee", "es")).toBe("Sí, por debajo de la rodilla");
    expect(answerText("region", ["lower_back", "mid_back"])).toBe("Lower back, Middle of the back");
    expect(answerText("fever", false, "es")).toBe("No");
  });

  it("lists only the warning signs above the current level in the plan", () => {
    const soon = explain(assess(negativeFacts({ legPain: "below_knee" }), { today: "2026-11-25" }), {
      lang: "en",
    });
    const watch = soon.plan.sections.find((section) => section.id === "watchFor");
    expect(watch?.lists.map((list) => list.level)).toEqual(["emergency", "urgent"]);
    const selfCare = explain(assess(negativeFacts({}), { today: "2026-11-25" }), { lang: "en" });
    expect(selfCare.level).toBe("self_care");
    const selfCareWatch = selfCare.plan.sections.find((section) => section.id === "watchFor");
    expect(selfCareWatch?.lists.map((list) => list.level)).toEqual(["emergency", "urgent", "soon"]);
    expect(selfCareWatch?.paragraphs.join(" ")).toMatch(/Check in again on/);
  });

  it("cites the evidence behind every part of the plan", () => {
    const sections = explain(assess(negativeFacts({})), { lang: "en" }).plan.sections;
    for (const section of sections) expect(section.sources.length, section.id).toBeGreaterThan(0);
    expect(sections.find((s) => s.id === "relativeRest")?.sources.map((s) => s.id)).toContain("dahm_2010");
  });

  it("quotes the cold-therapy numbers from the knowledge base", () => {
    const cold = explain(assess(negativeFacts({})), { lang: "en" }).plan.sections.find(
      (s) => s.id === "cold",
    );
    expect(cold?.paragraphs[0]).toMatch(/20 minutes at most/);
    expect(cold?.lists[0]?.items.length).toBe(5);
  });
});

describe("level presentation", () => {
  const banner = (facts: Facts, country?: string) => explain(assess(facts), { country }).banner;

  it("shows an emergency as an alarm with the call and the country check, never the advice line", () => {
    expect(banner({ bladderChange: true }, "GB")).toEqual({
      alarm: true,
      parts: ["title", "action", "call", "detail", "country"],
    });
  });

  it.each([
    ["urgent", { ...negativeFacts(), fever: true }],
    ["soon", { ...negativeFacts(), weightLoss: true }],
    ["self_care", negativeFacts()],
    ["pending", {}],
  ] as const)("offers the health advice line at %s where the country has one", (_level, facts) => {
    expect(banner(facts, "GB")).toEqual({
      alarm: false,
      parts: ["title", "action", "detail", "adviceLine"],
      adviceLine: "Health advice line: 111",
    });
    expect(banner(facts, "US")).toEqual({ alarm: false, parts: ["title", "action", "detail"] });
  });

  it("brings forward the advice of an emergency or a same-day level read from the words, not of a later one", () => {
    expect(adviceBroughtForward({}, understand("I can't control my bladder").facts)?.level).toBe("emergency");
    expect(adviceBroughtForward({}, understand("I have a fever").facts)?.level).toBe("urgent");
    expect(adviceBroughtForward({}, understand("I have lost weight without trying").facts)).toBeUndefined();
    expect(adviceBroughtForward({}, understand("I hurt my back moving a couch").facts)).toBeUndefined();
  });
});
