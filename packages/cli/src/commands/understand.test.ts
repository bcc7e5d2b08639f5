import { messagesFor } from "@backtalk/engine";
import { loadSampleCases } from "@backtalk/engine/testing/cases";
import { describe, expect, it } from "vitest";
import { runCli, STACK_LINE, tempFile } from "../testing/run.ts";

const samples = loadSampleCases();
const allCases = tempFile(
  "cases.json",
  samples.map(({ case: sample }) => sample),
);
// A Tuesday: sample-11 says "since Sunday" and records 2 days.
const TODAY = "2026-11-24";

describe("backtalk understand --case", () => {
  it("reads every sample's description into facts that agree with the case, with the words they came from", async () => {
    const run = await runCli(["understand", "--case", allCases, "--json", "--today", TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(samples.length);
    samples.forEach(({ file, case: sample }, index) => {
      const result = results[index];
      expect(Object.keys(result)).toEqual(["id", "lang", "facts", "evidence", "uncertain", "warningSigns"]);
      expect(result.id).toBe(sample.id);
      expect(result.lang).toBe("en");
      expect(Object.keys(result.facts).length, file).toBeGreaterThanOrEqual(4);
      for (const [fact, value] of Object.entries(result.facts)) {
        expect(value, `${file} ${fact}`).toEqual(sample.facts[fact as keyof typeof sample.facts]);
      }
      for (const item of result.evidence) {
        expect(sample.description?.slice(item.start, item.end)).toBe(item.text);
        expect(Object.keys(result.facts)).toContain(item.fact);
      }
      for (const fact of result.warningSigns) expect(result.facts[fact]).toBeDefined();
    });
  });

  it("one case gives one object; facts may be empty or left out; Spanish is detected", async () => {
    const file = tempFile("one.json", {
      id: "es-1",
      description: "Me duele la espalda baja desde hace dos semanas y ahora se me duerme el pie. Sin fiebre.",
    });
    const run = await runCli(["understand", "--case", file, "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      id: "es-1",
      lang: "es",
      facts: { region: ["lower_back"], onsetDaysAgo: 14, legNumbness: true, fever: false },
      warningSigns: ["legNumbness"],
    });
    expect(result.evidence.find((item: { fact: string }) => item.fact === "fever")).toMatchObject({
      text: "fiebre",
      negated: true,
    });
  });

  it("prints the words used in brackets, each fact in the engine's words, signs and doubts flagged", async () => {
    const file = tempFile("text.json", {
      facts: {},
      description: "Threw my back out moving a couch 3 days ago. I peed myself. Not sure if I have a fever.",
    });
    const run = await runCli(["understand", "--case", file, "--lang", "en"]);
    expect(run.status, run.stderr).toBe(0);
    const en = messagesFor("en");
    expect(run.stdout).toContain("[moving a couch] [3 days ago]");
    expect(run.stdout).toContain("What we understood from your words:");
    expect(run.stdout).toContain(`${en.facts.onsetDaysAgo.short}: 3 ${en.facts.onsetDaysAgo.unit.other}`);
    expect(run.stdout).toMatch(
      /New bladder problem: Yes ← “peed myself” \[warning sign: we will ask you to\s+confirm\]/,
    );
    expect(run.stdout).toContain(`so we will ask: ${en.facts.fever.short}`);
  });

  it("a case without a description exits 2 and names the field", async () => {
    const file = tempFile("bad.json", [
      { id: "a", facts: {}, description: "back spasm since yesterday" },
      { id: "b", facts: {} },
      { id: "c", facts: {}, description: "   " },
    ]);
    const run = await runCli(["understand", "--case", file, "--json"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${file}: [1].description: is required`);
    expect(run.stderr).toContain(`${file}: [2].description: is required`);
    expect(run.stderr).not.toContain("[0].description");
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("a bad fact or a bad date exits 2 and names it", async () => {
    const file = tempFile("bad-fact.json", { description: "sore back", facts: { age: 300 } });
    const bad = await runCli(["understand", "--case", file]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${file}: facts.age: must be a whole number from 0 to 120`);
    const good = tempFile("good.json", { description: "sore back" });
    const date = await runCli(["understand", "--case", good, "--today", "yesterday"]);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain("--today must be a date as YYYY-MM-DD");
  });
});
