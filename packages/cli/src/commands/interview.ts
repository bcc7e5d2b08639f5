import {
  answerText,
  type FactId,
  type FactValue,
  format,
  type OracleRun,
  readDescription,
  runOracle,
  runOracleFrom,
  startFromWords,
  type Understood,
} from "@backtalk/engine";
import { readCases, readDescribedCases } from "../io.ts";
import { renderAssessment } from "../render/assessment.ts";
import { interviewJson, printJson, understoodJson } from "../render/json.ts";
import { wrap } from "../render/text.ts";
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
  readonly described?: boolean;
  readonly understood?: Understood;
}

/**
 * `backtalk interview --oracle FILE`: runs the adaptive interview with a simulated patient who answers from
 * each case's facts ("don't know" where the case is silent) and reports the screens shown and the result.
 * With `--use-description` the case's description is read first, as the product does: what it seemed to say
 * is only pre-filled (each screen in `asked` lists every fact it showed, and `suggested`, the pre-filled
 * answers), the follow-up screens ask every question that could change the level, and the patient answers
 * from the case's facts. `asked` then counts only the screens after the description.
 */
export function interviewCommand(options: InterviewOptions): string {
  const { today, view, chrome } = outputSettings(options);
  const runs: Interviewed[] = [];
  let many: boolean;
  if (options.useDescription) {
    const read = readDescribedCases(options.oracle);
    many = read.many;
    for (const { id, facts, description } of read.cases) {
      const understood = readDescription(description, { today });
      const run = runOracleFrom(facts, startFromWords(understood ?? { facts: {} }), { today });
      runs.push({ id, run, described: true, ...(understood ? { understood } : {}) });
    }
  } else {
    const read = readCases(options.oracle);
    many = read.many;
    for (const { id, facts } of read.cases) runs.push({ id, run: runOracle(facts, {}, { today }) });
  }
  if (options.json)
    return printJson(
      runs.map(({ id, run, understood, described }) => ({
        ...interviewJson(id, run),
        ...(described ? { understood: understood ? understoodJson(id, understood) : null } : {}),
      })),
      many,
    );
  return runs
    .map(({ id, run, understood, described }, index) => {
      const asked = run.asked.flatMap((screen, n) => {
        const prefilled = Object.entries(screen.suggested ?? {}) as [FactId, FactValue][];
        const list = prefilled
          .map(([fact, value]) => `${view.messages.facts[fact].short}: ${answerText(fact, value, view.lang)}`)
          .join("; ");
        return [
          `  ${n + 1}. ${view.messages.screens[screen.id].title}`,
          ...(list ? wrap(view.style.dim(format(chrome.prefilled, { list })), view.width, "     ") : []),
        ];
      });
      return [
        caseHeading(id, index, runs.length, chrome.caseHeading, chrome.noId) +
          (understood ? `${renderUnderstood(understood, view, chrome).join("\n")}\n\n` : "") +
          (described && !understood ? `${chrome.mixedLanguage}\n\n` : "") +
          view.style.bold(described ? chrome.screensAfter : chrome.asked),
        ...asked,
        "",
        renderAssessment(run.assessment, view),
        "",
      ].join("\n");
    })
    .join("\n");
}
