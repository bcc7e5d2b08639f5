import {
  assess,
  DESCRIPTIVE_FACTS,
  nextStep,
  runOracleFrom,
  startFromWords,
  UNDERSTOOD_LANGS,
  type UnderstoodLang,
  understand,
} from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describedPerson } from "../testing/described-people.ts";

/** Descriptions per language; the policy's bar is at least 10,000 each. */
const RUNS = 10_000;

describe.each<UnderstoodLang>(UNDERSTOOD_LANGS)(
  "words + interview, %s descriptions from phrase templates",
  (lang) => {
    it(`ends at the level of the true answers for ${RUNS.toLocaleString("en")} descriptions`, () => {
      const descriptive = new Set(DESCRIPTIVE_FACTS);
      fc.assert(
        fc.property(describedPerson(lang), ({ text, truth }) => {
          // The language is detected from the text, as the CLI and the API do.
          const start = startFromWords(understand(text));
          for (const fact of Object.keys(start.initial)) expect(descriptive.has(fact as never)).toBe(true);
          const first = nextStep(start);
          const run = runOracleFrom(truth, start);
          // "Not sure" where the truth is silent, as the simulated person answers.
          expect(run.assessment.level).toBe(assess(truth, { unsure: assess(truth).missing }).level);
          for (const screen of run.asked) {
            for (const fact of Object.keys(screen.suggested ?? {})) expect(screen.facts).toContain(fact);
          }
          // Advice brought forward by the words is only ever more urgent than the answers so far.
          if (!first.done && first.broughtForward) {
            expect(["emergency", "urgent"]).toContain(first.broughtForward.level);
          }
        }),
        { numRuns: RUNS },
      );
    }, 300_000);
  },
);
