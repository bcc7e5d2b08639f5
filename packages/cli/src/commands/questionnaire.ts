import { toQuestionnaire } from "@backtalk/engine";
import { chooseLang, UsageError } from "../io.ts";

export interface QuestionnaireOptions {
  readonly fhir?: boolean;
  readonly lang?: string;
}

/** `backtalk questionnaire --fhir`: the check as a FHIR R4 Questionnaire (JSON). */
export function questionnaireCommand(options: QuestionnaireOptions): string {
  if (!options.fhir) throw new UsageError("say which format: backtalk questionnaire --fhir (FHIR R4 JSON)");
  return `${JSON.stringify(toQuestionnaire(chooseLang(options.lang)), null, 2)}\n`;
}
