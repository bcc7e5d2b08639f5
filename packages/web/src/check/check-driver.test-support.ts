import { FACT_KINDS, type Facts } from "@backtalk/engine";
import type { CheckRecord } from "../storage/kv.ts";
import { type DraftAnswers, stepOf, submitScreen, visibleFacts } from "./check-session.ts";

/**
 * For tests: answers screens the way a person would, from known facts ("not sure" where they are silent),
 * question by question so follow-ups appear, until the engine says the check is done.
 */
export function completeFromTruth(record: CheckRecord, truth: Facts, today: string): CheckRecord {
  let current = record;
  for (let step = stepOf(current); !step.done; step = stepOf(current)) {
    let draft: DraftAnswers = {};
    for (;;) {
      const open = visibleFacts(current, step.screen.id, draft).find((fact) => draft[fact] === undefined);
      if (!open) break;
      const value = truth[open];
      const typed =
        value === undefined ? "dont_know" : FACT_KINDS[open].type === "integer" ? String(value) : value;
      draft = { ...draft, [open]: typed };
    }
    current = submitScreen(current, step.screen.id, draft, today);
  }
  return current;
}
