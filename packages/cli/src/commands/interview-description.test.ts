import { FOLLOW_UP_SCREENS, messagesFor } from "@backtalk/engine";
import { expectationFailures, loadSampleCases } from "@backtalk/engine/testing/cases";
import { describe, expect, it } from "vitest";
import { runCli, STACK_LINE, tempFile } from "../testing/run.ts";

const samples = loadSampleCases();
const allCases = tempFile(
  "cases.json",
  samples.map(({ case: sample }) => sample),
);
const TODAY = "2026-11-24";

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

describe("backtalk interview --oracle --use-description", () => {
  it("reaches the same level as without, on at most 3 screens at the median, every answer confirmed", async () => {
    const [plain, described] = await Promise.all([
      runCli(["interview", "--oracle", allCases, "--json", "--today", TODAY]),
      runCli(["interview", "--oracle", allCases, "--json", "--use-description", "--today", TODAY]),
    ]);
    expect(plain.status, plain.stderr).toBe(0);
    expect(described.status, described.stderr).toBe(0);
    const without = JSON.parse(plain.stdout);
    const withWords = JSON.parse(described.stdout);
    const followUp = FOLLOW_UP_SCREENS.map((screen) => screen.id);
    samples.forEach(({ file, case: sample }, index) => {
      const result = withWords[index];
      expect(result.id).toBe(sample.id);
      expect(result.level, file).toBe(without[index].level);
      expect(expectationFailures(result, sample.expected), file).toEqual([]);
      expect(result.asked.length, file).toBeLessThanOrEqual(without[index].asked.length);
      for (const screen of result.asked) expect(followUp).toContain(screen.id);
      // What was read, as `understand --json` prints it.
      expect(result.understood.id).toBe(sample.id);
      expect(Object.keys(result.understood.facts).length).toBeGreaterThan(0);
      // Nothing in the words is taken as given: each screen lists every fact it showed, the pre-filled ones
      // (`suggested`) included, and a sign in the words is asked unless an emergency settled the check.
      const askedFacts = result.asked.flatMap((screen: { facts: string[] }) => screen.facts);
      for (const screen of result.asked) {
        for (const fact of Object.keys(screen.suggested ?? {})) {
          expect(screen.facts).toContain(fact);
          expect(screen.suggested[fact]).toEqual(result.understood.facts[fact]);
        }
      }
      if (result.level !== "emergency") {
        for (const sign of result.understood.warningSigns)
          expect(askedFacts, `${file} ${sign}`).toContain(sign);
      }
    });
    const prefilled = withWords.filter((result: { asked: { suggested?: object }[] }) =>
      result.asked.some((screen) => screen.suggested !== undefined),
    );
    expect(prefilled.length).toBeGreaterThan(samples.length / 2);
    const screensWithout = median(without.map((result: { asked: unknown[] }) => result.asked.length));
    const screensWith = median(withWords.map((result: { asked: unknown[] }) => result.asked.length));
    expect(screensWith).toBeLessThanOrEqual(3);
    expect(screensWith).toBeLessThan(screensWithout);
  });

  it("prints what was read, then the screens shown after it and the result", async () => {
    const file = tempFile("one.json", samples.find(({ case: sample }) => sample.id === "sample-05")?.case);
    const run = await runCli([
      "interview",
      "--oracle",
      file,
      "--use-description",
      "--lang",
      "en",
      "--country",
      "US",
    ]);
    expect(run.status, run.stderr).toBe(0);
    const en = messagesFor("en");
    expect(run.stdout).toContain("What we understood from your words:");
    expect(run.stdout).toContain("Cancer (now or in the past): Yes ← “lymphoma”");
    expect(run.stdout).toContain(
      `Screens shown after the description, in order:\n  1. ${en.screens.follow_up_emergency.title}`,
    );
    expect(run.stdout).toContain("pre-filled from the words, to confirm:");
    expect(run.stdout).toContain(en.levels.urgent.title);
  });

  it("a case without a description exits 2 and names the field", async () => {
    const file = tempFile("no-words.json", [{ id: "a", facts: { age: 40 } }]);
    const run = await runCli(["interview", "--oracle", file, "--use-description", "--json"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${file}: [0].description: is required`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
