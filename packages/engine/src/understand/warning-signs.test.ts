import { RULES } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { factsIn } from "../conditions/condition.ts";
import { isUrgentSign, URGENT_SIGN_FACTS, urgentSignsIn } from "./warning-signs.ts";

describe("warning signs read from the rules", () => {
  it("are the facts of the emergency and urgent rules, thresholds aside", () => {
    const urgentFacts = new Set(
      RULES.filter((rule) => rule.level === "emergency" || rule.level === "urgent").flatMap((rule) =>
        factsIn(rule.when),
      ),
    );
    expect(new Set(URGENT_SIGN_FACTS)).toEqual(new Set([...urgentFacts].filter((fact) => fact !== "age")));
    for (const fact of ["weightLoss", "restNightPain", "morningStiffness", "walkingLegPainEasedBySitting"]) {
      expect(URGENT_SIGN_FACTS).not.toContain(fact);
    }
  });

  it.each([
    ["saddleNumbness", true, true],
    ["saddleNumbness", false, false],
    ["legWeakness", "one_leg", true],
    ["legWeakness", "both_legs", true],
    ["legWeakness", "none", false],
    ["legPain", "below_knee", true],
    ["legPain", "above_knee", false],
    ["onsetTrigger", "major_trauma", true],
    ["onsetTrigger", "minor_trauma", true],
    ["onsetTrigger", "strain", false],
    ["age", 80, false],
  ] as const)("%s = %s: %s", (fact, value, sign) => {
    expect(isUrgentSign(fact, value)).toBe(sign);
  });

  it("lists the facts whose value is a sign", () => {
    expect(urgentSignsIn({ fever: true, chestSymptoms: false, legWeakness: "none", age: 90 })).toEqual([
      "fever",
    ]);
  });
});
