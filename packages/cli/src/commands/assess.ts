import { assess, FACT_IDS, type FactId } from "@backtalk/engine";
import { readCases, readQuestionnaireResponse, UsageError } from "../io.ts";
import { renderAssessment } from "../render/assessment.ts";
import { assessmentJson, printJson } from "../render/json.ts";
import { caseHeading, type OutputOptions, outputSettings } from "./common.ts";

export interface AssessOptions extends OutputOptions {
  readonly case?: string;
  readonly fhirResponse?: string;
  readonly json?: boolean;
  /** Comma-separated facts answered "not sure". */
  readonly unsure?: string;
}

/** The --unsure list, each name checked against the facts, so a typo is named instead of ignored. */
function unsureFacts(list: string | undefined): FactId[] {
  if (list === undefined) return [];
  const names = list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(FACT_IDS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `--unsure: ${unknown.map((name) => `"${name}"`).join(", ")} is not a known fact; known facts are ${FACT_IDS.join(", ")}`,
    );
  }
  return names as FactId[];
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
  const unsure = unsureFacts(options.unsure);
  const results = inputs.cases.map(({ id, facts }) => ({ id, assessment: assess(facts, { today, unsure }) }));
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
