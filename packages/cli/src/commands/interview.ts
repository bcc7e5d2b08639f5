import { mergeUnderstood, type OracleRun, runOracle, type Understood, understand } from "@backtalk/engine";
import { readCases, readDescribedCases } from "../io.ts";
import { renderAssessment } from "../render/assessment.ts";
import { interviewJson, printJson, understoodJson } from "../render/json.ts";
import { renderUnderstood } from "../render/understood.ts";
import { caseHeading, type OutputOptions, outputSettings } from "./common.ts";

export interface InterviewOptions extends OutputOptions {
  readonly oracle: string;
  readonly json?: boolean;
  readonly useDescription?: boolean;
}

interface Interviewed {
  readonly id: string | undefined;
  readonly run: OracleRun;
  readonly understood?: Understood;
}

/**
 * `backtalk interview --oracle FILE`: runs the adaptive interview with a simulated patient who answers from
 * each case's facts ("don't know" where the case is silent) and reports the screens shown and the result.
 * With `--use-description` the case's description is read first, as the product does: its facts fill what
 * is unknown (a warning sign only once confirmed on screen), and the follow-up screens ask what is left;
 * `asked` then counts only the screens after the description.
 */
export function interviewCommand(options: InterviewOptions): string {
  const { today, view, chrome } = outputSettings(options);
  const runs: Interviewed[] = [];
  let many: boolean;
  if (options.useDescription) {
    const read = readDescribedCases(options.oracle);
    many = read.many;
    for (const { id, facts, description } of read.cases) {
      const understood = understand(description, { today });
      const initial = mergeUnderstood({}, understood);
      runs.push({ id, understood, run: runOracle(facts, initial, { mode: "follow_up", today }) });
    }
  } else {
    const read = readCases(options.oracle);
    many = read.many;
    for (const { id, facts } of read.cases) runs.push({ id, run: runOracle(facts, {}, { today }) });
  }
  if (options.json)
    return printJson(
      runs.map(({ id, run, understood }) => ({
        ...interviewJson(id, run),
        ...(understood ? { understood: understoodJson(id, understood) } : {}),
      })),
      many,
    );
  return runs
    .map(({ id, run, understood }, index) => {
      const asked = run.asked.map((screen, n) => `  ${n + 1}. ${view.messages.screens[screen.id].title}`);
      return [
        caseHeading(id, index, runs.length, chrome.caseHeading, chrome.noId) +
          (understood ? `${renderUnderstood(understood, view, chrome).join("\n")}\n\n` : "") +
          view.style.bold(understood ? chrome.screensAfter : chrome.asked),
        ...asked,
        "",
        renderAssessment(run.assessment, view),
        "",
      ].join("\n");
    })
    .join("\n");
}
