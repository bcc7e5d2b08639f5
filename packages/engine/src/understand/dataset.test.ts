/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { type FactId, parseFacts, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { loadSampleCases } from "../testing/cases.ts";
import { type DatasetItem, evaluateDataset } from "./metrics.ts";

const load = (name: string): DatasetItem[] =>
  JSON.parse(readFileSync(new URL(`./dataset/${name}`, import.meta.url), "utf8"));
const dataset = load("descriptions.json");
const heldout = load("heldout.json");

describe("the data set", () => {
  it("has at least 150 valid descriptions in both languages, with unique ids", () => {
    expect(dataset.length).toBeGreaterThanOrEqual(150);
    expect(new Set(dataset.map((item) => item.id)).size).toBe(dataset.length);
    for (const lang of ["en", "es"]) {
      expect(dataset.filter((item) => item.lang === lang).length).toBeGreaterThanOrEqual(
        dataset.length * 0.4,
      );
    }
    for (const item of [...dataset, ...heldout]) expect(() => parseFacts(item.facts), item.id).not.toThrow();
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

  it("misses no stated warning sign and reads none as 'no'", () => {
    expect(report.warningSigns.missed).toEqual([]);
    expect(report.warningSigns.recall).toBe(1);
    expect(report.deniedSigns).toEqual([]);
  });

  it("raises few false alarms", () => {
    expect(report.warningSigns.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("reads most facts right", () => {
    expect(report.micro.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.micro.recall).toBeGreaterThanOrEqual(0.8);
    expect(report.languageCorrect).toBe(dataset.length);
  });

  it("keeps the held-out set safe too", () => {
    const held = evaluateDataset(heldout);
    expect(held.deniedSigns).toEqual([]);
    expect(held.warningSigns.precision).toBeGreaterThanOrEqual(0.95);
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
