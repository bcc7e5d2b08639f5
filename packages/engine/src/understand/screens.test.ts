/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSampleCases } from "../testing/cases.ts";
import type { DatasetItem } from "./metrics.ts";
import { type InterviewCase, screensWithDescription } from "./screens.ts";

const dataset: DatasetItem[] = JSON.parse(
  readFileSync(new URL("./dataset/descriptions.json", import.meta.url), "utf8"),
);

/** The person in the data set answers from what the text states, "don't know" to the rest. */
const fromDataset = (items: readonly DatasetItem[]): InterviewCase[] =>
  items.map((item) => ({
    id: item.id,
    text: item.text,
    truth: item.facts,
    options: { lang: item.lang, ...(item.today ? { today: item.today } : {}) },
  }));

describe("the interview after a description (issue 6 quality bar)", () => {
  const samples = screensWithDescription(
    loadSampleCases().map((sample) => ({
      id: sample.file,
      text: sample.case.description ?? "",
      truth: sample.case.facts,
    })),
  );
  const described = screensWithDescription(fromDataset(dataset));

  it("needs at most half the screens, at the median, on the sample cases and the data set", () => {
    expect(samples.median.withDescription).toBeLessThanOrEqual(samples.median.without / 2);
    expect(described.median.withDescription).toBeLessThanOrEqual(described.median.without / 2);
  });

  it("asks fewer questions, not only fewer screens", () => {
    expect(samples.medianQuestions.withDescription).toBeLessThan(samples.medianQuestions.without);
    expect(described.medianQuestions.withDescription).toBeLessThan(described.medianQuestions.without);
  });

  it("ends at the same level as the interview without a description, every time", () => {
    expect(samples.levelChanged).toEqual([]);
    expect(described.levelChanged).toEqual([]);
  });
});
