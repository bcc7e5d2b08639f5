import { assess } from "@backtalk/engine";
import { readCases, readQuestionnaireResponse, UsageError } from "../io.ts";
import { renderAssessment } from "../render/assessment.ts";
import { assessmentJson, printJson } from "../render/json.ts";
import { caseHeading, type OutputOptions, outputSettings } from "./common.ts";

export interface AssessOptions extends OutputOptions {
  readonly case?: string;
  readonly fhirResponse?: string;
  readonly json?: boolean;
}

/** `backtalk assess`: the result for each case of a file (or for a FHIR QuestionnaireResponse), as text or JSON. */
export function assessCommand(options: AssessOptions): string {
  if ((options.case === undefined) === (options.fhirResponse === undefined)) {
    throw new UsageError("give exactly one of --case FILE or --fhir-response FILE");
  }
  const { today, view, chrome } = outputSettings(options);
  const inputs = options.case
    ? readCases(options.case)
    : { cases: [readQuestionnaireResponse(options.fhirResponse as string)], many: false };
  const results = inputs.cases.map(({ id, facts }) => ({ id, assessment: assess(facts, { today }) }));
  if (options.json) {
    return printJson(
      results.map(({ id, assessment }) => assessmentJson(id, assessment)),
      inputs.many,
    );
  }
  return results
    .map(
      ({ id, assessment }, index) =>
        `${caseHeading(id, index, results.length, chrome.caseHeading, chrome.noId)}${renderAssessment(assessment, view)}\n`,
    )
    .join("\n");
}
