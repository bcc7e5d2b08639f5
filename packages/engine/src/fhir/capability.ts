import type { CapabilityStatement, OperationOutcome, OperationOutcomeIssue } from "fhir/r4.js";
import { CONTENT_REVIEWED, KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import { LANGS } from "../locales/index.ts";
import { canonical, DEFAULT_FHIR_BASE } from "./canonical.ts";
import { type ConformanceType, SEARCH_PARAMS } from "./search.ts";
import { TERMINOLOGY_IDS } from "./terminology.ts";

/** HL7 SDC's definition of the adaptive-form operation that $next-question implements. */
export const NEXT_QUESTION_DEFINITION =
  "http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question";
/** FHIR R4's definition of ValueSet/$expand. */
export const EXPAND_DEFINITION = "http://hl7.org/fhir/OperationDefinition/ValueSet-expand";
/** SDC's mark on a Questionnaire whose items a server adds one step at a time. */
export const ADAPTIVE_EXTENSION =
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive";

/**
 * What BackTalk's FHIR endpoint offers (GET /fhir/metadata): read and search of its Questionnaires (one per
 * language), CodeSystems and ValueSets, and the SDC $next-question operation on Questionnaire.
 * @param base the FHIR base, e.g. "https://clinic.example/fhir"
 */
export function toCapabilityStatement(
  base: string = DEFAULT_FHIR_BASE,
  softwareVersion = "0.1.0",
): CapabilityStatement {
  const read = (type: ConformanceType, documentation: string) => ({
    type,
    interaction: [{ code: "read" as const }, { code: "search-type" as const }],
    searchParam: SEARCH_PARAMS.map(({ name, type, definition }) => ({ name, type, definition })),
    documentation,
  });
  return {
    resourceType: "CapabilityStatement",
    url: canonical(base, "CapabilityStatement", "backtalk"),
    version: KNOWLEDGE_VERSION,
    name: "BackTalkServer",
    title: "BackTalk FHIR endpoint",
    status: "active",
    experimental: false,
    date: CONTENT_REVIEWED,
    publisher: "BackTalk",
    description:
      "Back spasm triage as FHIR: the check as Questionnaires (one per language), an HL7 SDC adaptive form " +
      "($next-question) whose result is a RiskAssessment, and every BackTalk code as a CodeSystem and ValueSet.",
    kind: "instance",
    software: { name: "BackTalk", version: softwareVersion },
    implementation: { description: "BackTalk server", url: base.replace(/\/+$/, "") },
    fhirVersion: "4.0.1",
    format: ["json"],
    rest: [
      {
        mode: "server",
        documentation:
          "POST /api/assess with Accept: application/fhir+json answers a case or QuestionnaireResponse with a RiskAssessment.",
        resource: [
          {
            ...read(
              "Questionnaire",
              `Ids: ${LANGS.map((lang) => `backtalk-check-${lang}`).join(", ")}. $next-question runs the adaptive interview.`,
            ),
            operation: [{ name: "next-question", definition: NEXT_QUESTION_DEFINITION }],
          },
          read("CodeSystem", `Ids: ${TERMINOLOGY_IDS.join(", ")}.`),
          {
            ...read(
              "ValueSet",
              `Ids: ${TERMINOLOGY_IDS.join(", ")} (every code of the CodeSystem of the same id). $expand lists the codes with displays in English or Spanish (displayLanguage).`,
            ),
            operation: [{ name: "expand", definition: EXPAND_DEFINITION }],
          },
        ],
      },
    ],
  };
}

export type OutcomeCode = OperationOutcomeIssue["code"];

/** One error as a FHIR OperationOutcome issue: what is wrong and where (a FHIRPath-like path when known). */
export interface OutcomeProblem {
  readonly code: OutcomeCode;
  readonly diagnostics: string;
  readonly expression?: string;
}

/** Errors on /fhir routes, the FHIR way. */
export function toOperationOutcome(problems: readonly OutcomeProblem[]): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    issue: problems.map((problem) => ({
      severity: "error",
      code: problem.code,
      diagnostics: problem.diagnostics,
      ...(problem.expression ? { expression: [problem.expression] } : {}),
    })),
  };
}
