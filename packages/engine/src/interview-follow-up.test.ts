import {
  answerScreen,
  assess,
  FOLLOW_UP_SCREENS,
  nextStep,
  runOracle,
  SCREENS,
  startInterview,
} from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeFacts, partialFacts } from "./testing/arbitrary-facts.ts";

describe("the follow-up interview (after the person's own words)", () => {
  it("asks every question of the topic screens exactly once, most urgent tier first", () => {
    const topics = SCREENS.flatMap((screen) => screen.questions.map((question) => question.fact)).sort();
    const followUp = FOLLOW_UP_SCREENS.flatMap((screen) =>
      screen.questions.map((question) => question.fact),
    ).sort();
    expect(followUp).toEqual(topics);
    const first = FOLLOW_UP_SCREENS[0]?.questions.map((question) => question.fact);
    expect(first).toEqual(
      expect.arrayContaining(["saddleNumbness", "bladderChange", "chestSymptoms", "legWeakness"]),
    );
  });

  it("ends at the same level as assess on any complete case", () => {
    fc.assert(
      fc.property(completeFacts, (facts) => {
        const run = runOracle(facts, {}, { mode: "follow_up" });
        expect(run.assessment.level).toBe(assess(facts).level);
        expect(run.assessment.complete).toBe(true);
        expect(run.asked.length).toBeLessThanOrEqual(FOLLOW_UP_SCREENS.length);
      }),
      { numRuns: 150 },
    );
  });

  it("never ends in self-care over an unknown warning sign", () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const run = runOracle(facts, {}, { mode: "follow_up" });
        if (run.assessment.level === "self_care") expect(run.assessment.complete).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("hides the infection risks once fever is answered no on the same screen", () => {
    const state = startInterview({ age: 40 }, "follow_up");
    const step = nextStep(state);
    expect(step.done).toBe(false);
    const run = runOracle({ fever: false }, { age: 40 }, { mode: "follow_up" });
    expect(run.asked[0]?.facts).not.toContain("ivDrugUse");
    expect(runOracle({ fever: true }, { age: 40 }, { mode: "follow_up" }).asked[0]?.facts).toContain(
      "ivDrugUse",
    );
  });

  it("keeps its mode through answers and refuses a topic screen id", () => {
    const state = startInterview({}, "follow_up");
    const next = answerScreen(state, "follow_up_emergency", { bladderChange: true });
    expect(next.mode).toBe("follow_up");
    expect(nextStep(next).done).toBe(true);
    expect(() => answerScreen(state, "emergency_signs", {})).toThrow(/screen/);
  });
});
