import { assess, type FactId, runOracle } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { expectationFailures, loadSampleCases } from "./testing/cases.ts";

const samples = loadSampleCases();

describe("spec/cases", () => {
  it("holds the shared sample cases, each with an expected level", () => {
    expect(samples.length).toBeGreaterThanOrEqual(12);
    for (const { case: sample } of samples) expect(sample.expected.level).toBeDefined();
  });
});

describe.each(samples)("$file", ({ case: sample }) => {
  it("through assess: expected level, reason facts and top cause", () => {
    const result = assess(sample.facts);
    expect(expectationFailures(result, sample.expected)).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it("through the interview (runOracle): the same", () => {
    const { assessment, asked } = runOracle(sample.facts);
    expect(expectationFailures(assessment, sample.expected)).toEqual([]);
    expect(assessment.complete).toBe(true);
    expect(assessment.level).toBe(assess(sample.facts).level);
    // Each screen is shown once and asks something.
    expect(new Set(asked.map((screen) => screen.id)).size).toBe(asked.length);
    for (const screen of asked) expect(screen.facts.length).toBeGreaterThan(0);
  });

  it("through the interview, its result is assess of exactly the facts it asked", () => {
    const { assessment, asked } = runOracle(sample.facts);
    const learned = Object.fromEntries(
      asked
        .flatMap((screen) => screen.facts)
        .filter((fact: FactId) => sample.facts[fact] !== undefined)
        .map((fact) => [fact, sample.facts[fact]]),
    );
    expect(assessment).toEqual(assess(learned));
  });
});

describe("expectationFailures", () => {
  const expected = { level: "soon", reasonFindings: ["legPain"], topCause: "herniated_disc" } as const;

  it("reports a wrong level, an uncited reason fact and a wrong top cause", () => {
    const failures = expectationFailures(
      { level: "self_care", rules: [{ id: "SC", facts: [] }], causes: [{ id: "soft_tissue_strain" }] },
      expected,
    );
    expect(failures).toHaveLength(3);
  });

  it("accepts an acceptable level and a null level never passes", () => {
    const right = { rules: [{ id: "S4", facts: ["legPain"] }], causes: [{ id: "herniated_disc" }] };
    expect(
      expectationFailures({ ...right, level: "urgent" }, { ...expected, acceptable: ["urgent"] }),
    ).toEqual([]);
    expect(expectationFailures({ ...right, level: null }, expected)).toHaveLength(1);
  });
});
