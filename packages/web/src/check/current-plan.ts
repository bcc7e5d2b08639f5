import {
  type Assessment,
  assess,
  type Explanation,
  explain,
  generalPlan,
  isFullPlan,
  type Lang,
  type PlanSection,
} from "@backtalk/engine";
import type { CheckRecord } from "../storage/kv.ts";
import { resultOf } from "./check-session.ts";

export interface CurrentAssessment {
  readonly assessment: Assessment;
  /** The date of the finished check it comes from; null for the general advice (no check yet). */
  readonly madeOn: string | null;
}

/** The last finished check's assessment, or the engine's general one when there is none yet. */
export function currentAssessment(record: CheckRecord | null, today: string): CurrentAssessment {
  if (record?.finishedOn) return { assessment: resultOf(record, today), madeOn: record.finishedOn };
  return { assessment: assess({}, { today }), madeOn: null };
}

/**
 * Today's walking goal: the result's plan when it has walks (soon, self-care), the general plan before any
 * check, and none (0) after an emergency or urgent result, whose plan has no walking goal.
 */
export function walkGoalOf({ assessment, madeOn }: CurrentAssessment, today: string): number {
  if (isFullPlan(assessment.plan)) return assessment.plan.walking.walksPerDay;
  return madeOn === null ? generalPlan({ today }).walking.walksPerDay : 0;
}

/** The engine's words for an assessment in the UI language, with the emergency number for the country. */
export function explained(assessment: Assessment, lang: Lang, country: string | undefined): Explanation {
  return explain(assessment, { lang, country });
}

export function planSection(explanation: Explanation, id: PlanSection["id"]): PlanSection | undefined {
  return explanation.plan.sections.find((section) => section.id === id);
}
