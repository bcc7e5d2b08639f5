import { type Facts, type OracleRun, runOracle, selfCarePlan } from "@backtalk/engine";
import { readCases } from "../io.ts";
import { renderAssessment } from "../render/assessment.ts";
import { interviewJson, printJson } from "../render/json.ts";
import { caseHeading, type OutputOptions, outputSettings } from "./common.ts";

export interface InterviewOptions extends OutputOptions {
  readonly oracle: string;
  readonly json?: boolean;
}

/**
 * `backtalk interview --oracle FILE`: runs the adaptive interview with a simulated patient who answers from
 * each case's facts ("don't know" where the case is silent) and reports the screens shown and the result.
 */
/**
 * runOracle plans for the real today; with --today the plan is made again from the facts the interview
 * learned (the same facts its assessment used), so dates are reproducible.
 */
function planFor(truth: Facts, run: OracleRun, today: string): OracleRun {
  const learned = new Set<string>(run.asked.flatMap((screen) => screen.facts));
  const facts = Object.fromEntries(Object.entries(truth).filter(([fact]) => learned.has(fact))) as Facts;
  return { ...run, assessment: { ...run.assessment, plan: selfCarePlan(facts, run.assessment, { today }) } };
}

export function interviewCommand(options: InterviewOptions): string {
  const { today, view, chrome } = outputSettings(options);
  const { cases, many } = readCases(options.oracle);
  const runs = cases.map(({ id, facts }) => ({ id, run: planFor(facts, runOracle(facts), today) }));
  if (options.json)
    return printJson(
      runs.map(({ id, run }) => interviewJson(id, run)),
      many,
    );
  return runs
    .map(({ id, run }, index) => {
      const asked = run.asked.map((screen, n) => `  ${n + 1}. ${view.messages.screens[screen.id].title}`);
      return [
        `${caseHeading(id, index, runs.length, chrome.caseHeading, chrome.noId)}${view.style.bold(chrome.asked)}`,
        ...asked,
        "",
        renderAssessment(run.assessment, view),
        "",
      ].join("\n");
    })
    .join("\n");
}
