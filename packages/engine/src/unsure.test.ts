import {
  assess,
  explain,
  type FactId,
  LANGS,
  MESSAGES,
  nextStep,
  rankOf,
  runOracle,
  WARNING_SIGN_FACTS,
} from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeFacts, partialFacts } from "./testing/arbitrary-facts.ts";
import { negativeFacts } from "./testing/negative-facts.ts";

describe("'not sure' once every question has been asked", () => {
  it("an unsure emergency sign gives urgent, named as a reason of its own, never 'no warning signs'", () => {
    const result = assess(negativeFacts({ saddleNumbness: undefined }), { unsure: ["saddleNumbness"] });
    expect(result).toMatchObject({
      level: "urgent",
      complete: true,
      missing: [],
      couldReach: null,
      rules: [],
    });
    expect(result.unsure).toEqual([
      { fact: "saddleNumbness", level: "urgent", couldReach: "emergency", rules: ["E1"] },
    ]);
    for (const lang of LANGS) {
      const words = explain(result, { lang, country: "US" });
      expect(words.noReasons).toBeNull();
      expect(words.unsure).toHaveLength(1);
      expect(words.unsure[0]?.title).toContain(MESSAGES[lang].facts.saddleNumbness.short.toLowerCase());
      expect(words.unsure[0]?.advice).toBe(MESSAGES[lang].unsure.level.urgent);
      expect(words.unsure[0]?.ifYes).toContain("911");
      expect(words.unsure[0]?.howToTell).toBe(MESSAGES[lang].facts.saddleNumbness.howToTell);
      expect(JSON.stringify(words)).not.toContain(MESSAGES[lang].reasonsNone);
    }
  });

  it("an unsure fact that could only reach soon gives soon", () => {
    const result = assess(negativeFacts({ walkingLegPainEasedBySitting: undefined }), {
      unsure: ["walkingLegPainEasedBySitting"],
    });
    expect(result.level).toBe("soon");
    expect(result.unsure).toEqual([
      { fact: "walkingLegPainEasedBySitting", level: "soon", couldReach: "soon", rules: ["S5"] },
    ]);
    expect(explain(result).unsure[0]?.advice).toBe(MESSAGES.en.unsure.level.soon);
  });

  it("keeps the more urgent of the known level and the unsure level", () => {
    const emergency = assess(negativeFacts({ chestSymptoms: true, fever: undefined }), { unsure: ["fever"] });
    expect(emergency.level).toBe("emergency");
    const urgent = assess(negativeFacts({ cancerHistory: true, walkingLegPainEasedBySitting: undefined }), {
      unsure: ["walkingLegPainEasedBySitting"],
    });
    expect(urgent.level).toBe("urgent");
  });

  it("a partial case (facts never asked) stays open: no level, couldReach and missing", () => {
    const result = assess(negativeFacts({ saddleNumbness: undefined, bladderChange: undefined }), {
      unsure: ["saddleNumbness"],
    });
    expect(result).toMatchObject({ level: null, complete: false, missing: ["bladderChange"] });
    expect(result.couldReach).toBe("emergency");
    expect(assess(negativeFacts({ saddleNumbness: undefined })).level).toBeNull();
  });

  it("an unsure answer that no longer matters is ignored (fever no: its risk factors don't count)", () => {
    const result = assess(negativeFacts({ ivDrugUse: undefined }), { unsure: ["ivDrugUse"] });
    expect(result).toMatchObject({ level: "self_care", unsure: [] });
  });

  it("for any partial case with every open fact unsure: a level, never self_care, and at least the capped reach", () => {
    fc.assert(
      fc.property(partialFacts, completeFacts, (facts, filler) => {
        const open = assess(facts);
        const result = assess(facts, { unsure: open.missing });
        expect(result.complete).toBe(true);
        expect(result.level).not.toBeNull();
        if (open.missing.length > 0) expect(result.level).not.toBe("self_care");
        // Whatever the unsure facts turn out to be, the level is never below that, capped at urgent.
        const filled = assess({ ...filler, ...facts });
        const floor = Math.min(rankOf(filled.level), rankOf("urgent"));
        if (filled.complete) expect(rankOf(result.level)).toBeGreaterThanOrEqual(floor);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the interview with 'not sure' answers", () => {
  it("ends with a resolved level, not null (numbness between the legs unsure: doctor today)", () => {
    const truth = negativeFacts({ saddleNumbness: undefined });
    const { assessment } = runOracle(truth);
    expect(assessment.level).toBe("urgent");
    expect(assessment.unsure.map((fact) => fact.fact)).toEqual(["saddleNumbness"]);
  });

  it("nextStep resolves 'dont_know' answers the same way", () => {
    const { assessment } = runOracle(negativeFacts({ fever: undefined }));
    expect(assessment.level).toBe("urgent");
    expect(nextStep({ initial: negativeFacts({ fever: undefined }), steps: [] }).done).toBe(false);
  });
});

describe("every warning-sign question has a 'how to tell' aid", () => {
  it.each(LANGS)("%s", (lang) => {
    const missing = WARNING_SIGN_FACTS.filter(
      (fact: FactId) => !(MESSAGES[lang].facts[fact] as { howToTell?: string }).howToTell,
    );
    expect(missing).toEqual([]);
  });
});
