import { assess, messagesFor, SCREENS } from "@backtalk/engine";
import { expectationFailures, loadSampleCases } from "@backtalk/engine/testing/cases";
import { describe, expect, it } from "vitest";
import { runCli, tempFile } from "../testing/run.ts";

const samples = loadSampleCases();
const allCases = tempFile(
  "cases.json",
  samples.map(({ case: sample }) => sample),
);

describe("backtalk interview --oracle", () => {
  it("reaches every sample case's expected level, reasons and top cause, and says which screens it showed", async () => {
    const run = await runCli(["interview", "--oracle", allCases, "--json", "--today", "2026-11-25"]);
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(samples.length);
    samples.forEach(({ file, case: sample }, index) => {
      const result = results[index];
      expect(result.id).toBe(sample.id);
      expect(expectationFailures(result, sample.expected), file).toEqual([]);
      expect(result.level).toBe(assess(sample.facts).level);
      expect(result.asked.length).toBeGreaterThan(0);
      for (const screen of result.asked) {
        expect(SCREENS.map((s) => s.id)).toContain(screen.id);
        expect(screen.facts.length).toBeGreaterThan(0);
      }
      // The plan fits the level: a check-in date only where there is a self-care plan.
      if (result.level === "soon" || result.level === "self_care")
        expect(result.plan.recheckOn >= "2026-11-25").toBe(true);
      else expect(result.plan.recheckOn).toBeUndefined();
    });
  });

  it("prints the screens shown and the result as text", async () => {
    const file = tempFile("one.json", samples[0]?.case);
    const run = await runCli(["interview", "--oracle", file, "--lang", "en", "--country", "US"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`1. ${messagesFor("en").screens.emergency_signs.title}`);
    expect(run.stdout).toContain("Call 911 now");
  });
});
