import { assess } from "../assess.ts";
import { type OracleRun, runOracle } from "../interview.ts";
import type { FactId, Facts, Level } from "../schema/vocabulary.ts";
import { mergeUnderstood } from "./merge-understood.ts";
import { type UnderstandOptions, understand } from "./understand.ts";

/** A case to interview: the person's words, and the full truth the simulated person answers from. */
export interface InterviewCase {
  readonly id: string;
  readonly text: string;
  readonly truth: Facts;
  readonly options?: UnderstandOptions;
}

export interface ScreensRun {
  readonly id: string;
  /** Screens without the description. */
  readonly without: number;
  /** Screens after the description, counting one confirmation screen when it found warning signs. */
  readonly confirmFirst: number;
  /** Screens after the description when found warning signs are only pre-filled, never taken as given. */
  readonly prefillOnly: number;
  /** Confirm-first when the signs found would mean an emergency, prefill-only otherwise. */
  readonly hybrid: number;
  readonly level: Level | null;
  readonly levelConfirmFirst: Level | null;
  readonly levelPrefillOnly: Level | null;
  readonly levelHybrid: Level | null;
  /** Questions shown (facts asked) without the description, and with it (hybrid; a confirmation counts one each). */
  readonly questionsWithout: number;
  readonly questionsHybrid: number;
}

export interface ScreensReport {
  readonly runs: readonly ScreensRun[];
  readonly median: Readonly<Record<"without" | Design, number>>;
  /** Cases whose final level differs from the interview without a description. */
  readonly levelChanged: Readonly<Record<Design, readonly string[]>>;
}

/** How warning signs found in the text are confirmed (see screensWithDescription). */
export type Design = "confirmFirst" | "prefillOnly" | "hybrid";
const DESIGNS: readonly Design[] = ["confirmFirst", "prefillOnly", "hybrid"];
const LEVEL_OF = {
  confirmFirst: "levelConfirmFirst",
  prefillOnly: "levelPrefillOnly",
  hybrid: "levelHybrid",
} as const;

const questions = (run: OracleRun): number => run.asked.reduce((sum, screen) => sum + screen.facts.length, 0);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs the interview for each case as a simulated person (runOracle), without and with the description read
 * first. Two designs for the warning signs found in the text:
 * - confirmFirst: one screen asks the person to confirm them; confirmed ones enter the interview as answers;
 * - prefillOnly: they never enter as answers; the interview asks them where it always would;
 * - hybrid: confirm-first only when the signs found would mean an emergency (the answer settles the level).
 * Every other fact read from the text fills an unknown fact (mergeUnderstood), as the product does.
 */
export function screensWithDescription(cases: readonly InterviewCase[]): ScreensReport {
  const runs = cases.map((item): ScreensRun => {
    const plain = runOracle(item.truth);
    const understood = understand(item.text, item.options);
    const confirmed = understood.warningSigns.filter((fact: FactId) =>
      same(item.truth[fact], understood.facts[fact]),
    );
    const confirmRun = runOracle(item.truth, mergeUnderstood({}, understood, confirmed));
    const prefillRun = runOracle(item.truth, mergeUnderstood({}, understood));
    const alarming = assess(mergeUnderstood({}, understood, understood.warningSigns)).level === "emergency";
    const hybridRun = alarming ? confirmRun : prefillRun;
    const confirmScreen = understood.warningSigns.length > 0 ? 1 : 0;
    return {
      id: item.id,
      without: plain.asked.length,
      confirmFirst: confirmRun.asked.length + confirmScreen,
      prefillOnly: prefillRun.asked.length,
      hybrid: hybridRun.asked.length + (alarming ? confirmScreen : 0),
      level: plain.assessment.level,
      levelConfirmFirst: confirmRun.assessment.level,
      levelPrefillOnly: prefillRun.assessment.level,
      levelHybrid: hybridRun.assessment.level,
      questionsWithout: questions(plain),
      questionsHybrid: questions(hybridRun) + (alarming ? understood.warningSigns.length : 0),
    };
  });
  return {
    runs,
    median: {
      without: median(runs.map((r) => r.without)),
      ...(Object.fromEntries(DESIGNS.map((d) => [d, median(runs.map((r) => r[d]))])) as Record<
        Design,
        number
      >),
    },
    levelChanged: Object.fromEntries(
      DESIGNS.map((d) => [d, runs.filter((r) => r[LEVEL_OF[d]] !== r.level).map((r) => r.id)]),
    ) as Record<Design, string[]>,
  };
}
