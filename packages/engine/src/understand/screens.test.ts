/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { assess, type Facts, rankOf } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { loadSampleCases } from "../testing/cases.ts";
import { NEGATIVE_FACTS } from "../testing/negative-facts.ts";
import type { DatasetItem } from "./metrics.ts";
import { type InterviewCase, screensWithDescription } from "./screens.ts";

const folder = new URL("./dataset/", import.meta.url);
/** Every description file of the data set, whatever its split. */
const dataset: DatasetItem[] = readdirSync(folder)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => JSON.parse(readFileSync(new URL(file, folder), "utf8")) as DatasetItem[]);

const fromDataset = (items: readonly DatasetItem[], truth: (item: DatasetItem) => Facts): InterviewCase[] =>
  items.map((item) => ({
    id: item.id,
    text: item.text,
    truth: truth(item),
    options: item.today ? { today: item.today } : {},
  }));

describe("the interview after a description", () => {
  const samples = screensWithDescription(
    loadSampleCases().map((sample) => ({
      id: sample.file,
      text: sample.case.description ?? "",
      truth: sample.case.facts,
    })),
  );
  // The person answers what their words state and "don't know" to the rest; or, fully known, "no" to the rest.
  const stated = screensWithDescription(fromDataset(dataset, (item) => item.facts));
  const complete = screensWithDescription(
    fromDataset(dataset, (item) => ({ ...NEGATIVE_FACTS, ...item.facts })),
  );

  it("needs at most 3 screens at the median, fewer than without the description", () => {
    for (const report of [samples, stated, complete]) {
      expect(report.median.withDescription).toBeLessThanOrEqual(3);
      expect(report.median.withDescription).toBeLessThan(report.median.without);
    }
  });

  it("shows what the words said as pre-filled answers", () => {
    const prefilled = stated.runs.filter((run) => run.prefilled > 0).length;
    // Fewer than one description in ten says only what the check never asks (where it hurts, how much).
    expect(prefilled).toBeGreaterThan(dataset.length * 0.9);
  });

  it("never ends below the level of the true facts, for every description of the data set", () => {
    expect(dataset.length).toBeGreaterThan(0);
    for (const [report, truth] of [
      [stated, (item: DatasetItem) => item.facts],
      [complete, (item: DatasetItem) => ({ ...NEGATIVE_FACTS, ...item.facts })],
    ] as const) {
      report.runs.forEach((run, index) => {
        const item = dataset[index] as DatasetItem;
        const level = assess(truth(item), { unsure: assess(truth(item)).missing }).level;
        expect(rankOf(run.levelWithDescription), item.id).toBeGreaterThanOrEqual(rankOf(level));
        expect(run.levelWithDescription, item.id).toBe(level);
      });
      expect(report.levelChanged).toEqual([]);
    }
    expect(samples.levelChanged).toEqual([]);
  });
});
