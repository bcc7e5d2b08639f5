/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { type FactId, parseFacts, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { loadSampleCases } from "../testing/cases.ts";
import { type DatasetItem, evaluateDataset } from "./metrics.ts";
import { isHeldOut } from "./split.ts";

const load = (name: string): DatasetItem[] =>
  JSON.parse(readFileSync(new URL(`./dataset/${name}`, import.meta.url), "utf8"));
/** Everything the lexicon may be tuned on. */
const dataset = load("tuning.json");
/** The held-out third: never read while tuning; only its safety is asserted here. */
const heldout = load("untouched.json");
/** The descriptions written in one go and split by hash before any tuning ("w-" ids). */
const written = [...dataset.filter((item) => item.id.startsWith("w-")), ...heldout];

describe("the data set", () => {
  it("has valid descriptions in both languages, with unique ids", () => {
    const all = [...dataset, ...heldout];
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    expect(new Set(all.map((item) => item.text)).size).toBe(all.length);
    for (const item of all) expect(() => parseFacts(item.facts), item.id).not.toThrow();
  });

  it("has at least 600 written descriptions, half of them Spanish", () => {
    expect(written.length).toBeGreaterThanOrEqual(600);
    for (const lang of ["en", "es"]) {
      expect(written.filter((item) => item.lang === lang).length).toBeGreaterThanOrEqual(300);
    }
  });

  it("holds out a third of them, chosen by the hash of the text", () => {
    for (const item of heldout) expect(isHeldOut(item.text), item.id).toBe(true);
    for (const item of dataset.filter((i) => i.id.startsWith("w-"))) {
      expect(isHeldOut(item.text, item.knownExample), item.id).toBe(false);
    }
    expect(heldout.length / written.length).toBeGreaterThan(0.3);
    expect(heldout.length / written.length).toBeLessThan(0.37);
  });

  it("stays out of the web bundle: no engine source imports it", () => {
    const dir = new URL("./", import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const source = readFileSync(new URL(file, dir), "utf8");
      expect(source, file).not.toMatch(/dataset\/|from "node:/);
    }
  });
});

describe("reading the data set", () => {
  const report = evaluateDataset(dataset);

  it("finds nearly every stated warning sign and reads none as 'no'", () => {
    expect(report.warningSigns.recall).toBeGreaterThanOrEqual(0.98);
    expect(report.deniedSigns).toEqual([]);
  });

  it("raises few false alarms", () => {
    expect(report.warningSigns.precision).toBeGreaterThanOrEqual(0.97);
  });

  it("reads most facts right", () => {
    expect(report.micro.precision).toBeGreaterThanOrEqual(0.97);
    expect(report.micro.recall).toBeGreaterThanOrEqual(0.93);
    expect(report.languageCorrect).toBeGreaterThanOrEqual(dataset.length * 0.99);
  });

  it("never reads a denied warning sign as present", () => {
    expect(report.negatedSignsReadAsPresent).toEqual([]);
  });

  it("keeps the held-out set safe: no denied warning sign read as present", () => {
    expect(evaluateDataset(heldout).negatedSignsReadAsPresent).toEqual([]);
  });
});

describe("the sample cases' own words", () => {
  for (const { file, case: sample } of loadSampleCases()) {
    it(`${file}: every fact read agrees with the case`, () => {
      const understood = understand(sample.description ?? "");
      for (const [fact, value] of Object.entries(understood.facts)) {
        expect(value, `${file} ${fact}`).toEqual(sample.facts[fact as FactId]);
      }
      expect(Object.keys(understood.facts).length).toBeGreaterThanOrEqual(3);
    });
  }
});
