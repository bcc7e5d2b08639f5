import { runOracle } from "@backtalk/engine";
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
export function interviewCommand(options: InterviewOptions): string {
  const { today, view, chrome } = outputSettings(options);
  const { cases, many } = readCases(options.oracle);
  const runs = cases.map(({ id, facts }) => ({ id, run: runOracle(facts, {}, { today }) }));
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
