// Test support only: a realistic report snapshot, made by the engine from a sample case.
import { assess, demoDiary } from "@backtalk/engine";
import { loadSampleCases } from "@backtalk/engine/testing/cases";

// sample-05: urgent through U3 (cancer history).
const sample = loadSampleCases().find((each) => each.file === "sample-05.json")!.case;

export const SNAPSHOT = {
  assessment: JSON.parse(JSON.stringify(assess(sample.facts))),
  facts: sample.facts,
  lang: "en",
  createdAt: "2026-03-02T08:59:00.000Z",
};

/** What the web app's "Share with a doctor" sends: a diary, the day and language it was shared on. */
export const DIARY_SNAPSHOT = {
  kind: "diary",
  diary: demoDiary({ today: "2026-03-02" }),
  today: "2026-03-02",
  lang: "en",
  createdAt: "2026-03-02T08:59:00.000Z",
};
