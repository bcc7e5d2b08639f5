import type {
  Bundle,
  BundleEntry,
  Coding,
  FhirResource,
  Meta,
  Observation,
  Patient,
  QuestionnaireResponse,
  Reference,
  RiskAssessment,
} from "fhir/r4.js";
import type { Diary } from "../course/diary.ts";
import { canonical, DEFAULT_FHIR_BASE } from "../fhir/canonical.ts";
import { toQuestionnaireResponse } from "../fhir/questionnaire-response.ts";
import { FACT_IDS } from "../schema/fact-kinds.ts";
import type { Facts } from "../schema/vocabulary.ts";
import { contentUuid } from "./content-id.ts";
import { buildReport, type DoctorReport, type ReportOptions } from "./report.ts";

/**
 * The doctor report as a FHIR R4 Bundle (type "collection"): a QuestionnaireResponse of the facts, one
 * Observation per pain score and a RiskAssessment with the level, the rules fired and the possible causes.
 * No patient identity by default. Every resource carries the knowledge version in meta.tag.
 */

export const FHIR_BASE = DEFAULT_FHIR_BASE;
/** meta.tag system whose code is the knowledge version a resource was made with. */
export const KNOWLEDGE_VERSION_SYSTEM = canonical(FHIR_BASE, "CodeSystem", "knowledge-version");
/** RiskAssessment extension holding the triage level (emergency, urgent, soon, self_care). */
export const TRIAGE_LEVEL_EXTENSION = canonical(FHIR_BASE, "StructureDefinition", "triage-level");
export const CAUSE_SYSTEM = canonical(FHIR_BASE, "CodeSystem", "cause");
export const RULE_SYSTEM = canonical(FHIR_BASE, "CodeSystem", "rule");
/**
 * Check-ins ask for the worst pain in the last 24 hours. LOINC 72514-3 means pain severity now, so it does
 * not fit; the Observation is coded with BackTalk's own fact code instead.
 */
export const painScoreCoding = (base: string = DEFAULT_FHIR_BASE): Coding => ({
  system: canonical(base, "CodeSystem", "fact"),
  code: "painScore",
  display: "Worst pain in the last 24 hours (0-10)",
});
const SURVEY: Coding = {
  system: "http://terminology.hl7.org/CodeSystem/observation-category",
  code: "survey",
  display: "Survey",
};
/** HL7's mark for test data, put on the demo diary's Bundle. */
const TEST_DATA: Coding = { system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: "HTEST" };

export interface FhirBundleOptions {
  /** Makes each resource's UUID from its content; defaults to a content hash, so the same report gives the same Bundle. */
  readonly idFor?: (content: string) => string;
  /** Adds a minimal anonymous Patient (no name, no identifier) and points every subject at it. Off by default. */
  readonly anonymousPatient?: boolean;
  /** Canonical base of every BackTalk URL in the Bundle (defaults to DEFAULT_FHIR_BASE). */
  readonly base?: string;
  /** How to build the report when a diary is given. */
  readonly report?: ReportOptions;
}

const isDiary = (input: DoctorReport | Diary): input is Diary => "format" in input;

/** Builds the Bundle from a report, or from a diary (building its report first). */
export function toFhirBundle(
  input: DoctorReport | Diary,
  options: FhirBundleOptions = {},
): Bundle<FhirResource> {
  const report = isDiary(input) ? buildReport(input, options.report) : input;
  const idFor = options.idFor ?? contentUuid;
  const base = options.base ?? DEFAULT_FHIR_BASE;
  const meta: Meta = {
    tag: [
      {
        system: KNOWLEDGE_VERSION_SYSTEM,
        code: report.knowledgeVersion,
        display: "BackTalk knowledge version",
      },
    ],
  };
  const entries: BundleEntry<FhirResource>[] = [];
  const add = <T extends FhirResource>(content: string, resource: Omit<T, "id" | "meta">): Reference => {
    const id = idFor(`${resource.resourceType}|${report.generatedAt}|${content}`);
    entries.push({ fullUrl: `urn:uuid:${id}`, resource: { ...resource, id, meta } as T });
    return { reference: `urn:uuid:${id}`, type: resource.resourceType };
  };

  const patient = options.anonymousPatient
    ? add<Patient>("anonymous", { resourceType: "Patient", active: true })
    : undefined;
  const subject = patient ? { subject: patient } : {};

  const facts = Object.fromEntries(report.answers.map((answer) => [answer.fact, answer.value])) as Facts;
  const response = toQuestionnaireResponse(facts, {
    lang: report.lang,
    authored: report.generatedAt,
    base,
  });
  const responseRef = add<QuestionnaireResponse>(JSON.stringify(facts, FACT_IDS), {
    ...response,
    ...subject,
  });

  const observations = report.painSeries.map((point) =>
    add<Observation>(`${point.checkInId}|${point.at}|${point.painScore}`, {
      resourceType: "Observation",
      status: "final",
      category: [{ coding: [SURVEY] }],
      code: { coding: [painScoreCoding(base)], text: "Worst pain in the last 24 hours (0-10)" },
      ...subject,
      effectiveDateTime: point.at,
      valueInteger: point.painScore,
      bodySite: { text: point.regionText },
    }),
  );

  const rulesText = report.rules.map(
    (rule) =>
      `${rule.id} (${rule.level}): ${rule.title}${rule.facts.length > 0 ? ` [${rule.facts.map((f) => `${f.label}: ${f.text}`).join("; ")}]` : ""}`,
  );
  add<RiskAssessment>(`${report.level}|${rulesText.join("|")}`, {
    resourceType: "RiskAssessment",
    status: report.complete ? "final" : "preliminary",
    ...(report.level ? { extension: [{ url: TRIAGE_LEVEL_EXTENSION, valueCode: report.level }] } : {}),
    code: { text: "Back pain triage (BackTalk)" },
    // R4 requires a subject; without the option it names no one.
    subject: patient ?? { display: "Anonymous (not identified)" },
    occurrenceDateTime: report.generatedAt,
    method: {
      coding: report.rules.map((rule) => ({ system: RULE_SYSTEM, code: rule.id, display: rule.title })),
      text: `BackTalk triage rules, knowledge version ${report.knowledgeVersion}`,
    },
    basis: [responseRef, ...observations],
    prediction: report.causes.map((cause) => ({
      outcome: { coding: [{ system: CAUSE_SYSTEM, code: cause.id, display: cause.name }], text: cause.name },
      rationale: `Possible cause, not a diagnosis. Rules: ${cause.rules.join(", ") || "none"}.`,
    })),
    mitigation: report.levelTitle,
    note: [
      { text: `Rules fired: ${rulesText.join(" | ") || "none"}` },
      { text: `Course: ${report.statuses.join(", ")}` },
    ],
  });

  return {
    resourceType: "Bundle",
    id: idFor(`Bundle|${entries.map((entry) => entry.fullUrl).join("|")}`),
    meta: report.demo ? { ...meta, security: [TEST_DATA] } : meta,
    type: "collection",
    timestamp: report.generatedAt,
    entry: entries,
  };
}
