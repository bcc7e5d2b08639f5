import { assess } from "../assess.ts";
import { runOracle, runOracleFrom } from "../interview.ts";
import type { Facts, Level } from "../schema/vocabulary.ts";
import { startFromWords } from "./suggestions.ts";
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
  /** Screens of the interview without the description (topic by topic). */
  readonly without: number;
  /** Screens after the description: the follow-up interview, its answers pre-filled from the words. */
  readonly withDescription: number;
  readonly level: Level | null;
  readonly levelWithDescription: Level | null;
  /** `assess` of the true facts, "not sure" where they are silent: both interviews must end here. */
  readonly trueLevel: Level | null;
  /** Questions shown (facts asked) without and with the description. */
  readonly questionsWithout: number;
  readonly questionsWithDescription: number;
  /** Questions shown pre-filled from the words. */
  readonly prefilled: number;
}

export interface ScreensReport {
  readonly runs: readonly ScreensRun[];
  readonly median: { readonly without: number; readonly withDescription: number };
  readonly medianQuestions: { readonly without: number; readonly withDescription: number };
  /** Cases whose final level, with or without the description, differs from the true facts' (must be none). */
  readonly levelChanged: readonly string[];
}

const questions = (run: ReturnType<typeof runOracle>): number =>
  run.asked.reduce((sum, screen) => sum + screen.facts.length, 0);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs the interview for each case as a simulated person (runOracle), without and with the description read
 * first, as the product does: the words only pre-fill answers (startFromWords), and the follow-up interview
 * asks every question that could change the level, by urgency, the person answering from the truth.
 */
export function screensWithDescription(cases: readonly InterviewCase[]): ScreensReport {
  const runs = cases.map((item): ScreensRun => {
    const plain = runOracle(item.truth);
    const understood = understand(item.text, item.options);
    const followUp = runOracleFrom(item.truth, startFromWords(understood));
    return {
      id: item.id,
      without: plain.asked.length,
      withDescription: followUp.asked.length,
      level: plain.assessment.level,
      levelWithDescription: followUp.assessment.level,
      // The simulated person says "not sure" where the truth is silent.
      trueLevel: assess(item.truth, { unsure: assess(item.truth).missing }).level,
      questionsWithout: questions(plain),
      questionsWithDescription: questions(followUp),
      prefilled: followUp.asked.reduce((sum, screen) => sum + Object.keys(screen.suggested ?? {}).length, 0),
    };
  });
  return {
    runs,
    median: {
      without: median(runs.map((run) => run.without)),
      withDescription: median(runs.map((run) => run.withDescription)),
    },
    medianQuestions: {
      without: median(runs.map((run) => run.questionsWithout)),
      withDescription: median(runs.map((run) => run.questionsWithDescription)),
    },
    levelChanged: runs
      .filter((run) => run.levelWithDescription !== run.trueLevel || run.level !== run.trueLevel)
      .map((run) => run.id),
  };
}
