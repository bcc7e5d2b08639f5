import type {
  CodeableConcept,
  Coding,
  Extension,
  FhirResource,
  Meta,
  Reference,
  RiskAssessment,
} from "fhir/r4.js";
import type { Assessment } from "../assess.ts";
import { explain } from "../explain.ts";
import { DEFAULT_LANG, type Lang, messagesFor } from "../locales/index.ts";
import type { FactValue, Level } from "../schema/vocabulary.ts";
import { canonical, DEFAULT_FHIR_BASE } from "./canonical.ts";
import { toFhirAnswer } from "./fhir-answer.ts";

/** The canonical URLs of BackTalk's own codes and extensions under one base. */
export const fhirSystems = (base: string = DEFAULT_FHIR_BASE) => ({
  level: canonical(base, "CodeSystem", "level"),
  rule: canonical(base, "CodeSystem", "rule"),
  cause: canonical(base, "CodeSystem", "cause"),
  causeLikelihood: canonical(base, "CodeSystem", "cause-likelihood"),
  fact: canonical(base, "CodeSystem", "fact"),
  knowledgeVersion: canonical(base, "CodeSystem", "knowledge-version"),
  /** RiskAssessment extension: the triage level as a coding. */
  levelExtension: canonical(base, "StructureDefinition", "triage-level"),
  /** Extension on a reason: one fact behind the rule (nested "fact" and "answer"). */
  evidenceExtension: canonical(base, "StructureDefinition", "rule-evidence"),
});

export interface RiskAssessmentOptions {
  readonly base?: string;
  readonly lang?: Lang;
  /** When the assessment was made (FHIR dateTime). */
  readonly occurrence?: string;
  /** What it was based on: e.g. the QuestionnaireResponse, or "#" for the resource that contains it. */
  readonly basis?: readonly Reference[];
  /** Resources to carry inside (e.g. the answers), each referenced from `basis`. */
  readonly contained?: readonly FhirResource[];
  readonly id?: string;
}

/** The level as a coding of BackTalk's level CodeSystem, with the display in the chosen language. */
export function levelCoding(
  level: Level,
  base: string = DEFAULT_FHIR_BASE,
  lang: Lang = DEFAULT_LANG,
): Coding {
  return { system: fhirSystems(base).level, code: level, display: messagesFor(lang).levels[level].short };
}

/** The knowledge version as a meta tag: which rules made the resource. */
export function knowledgeMeta(
  version: string,
  base: string = DEFAULT_FHIR_BASE,
  lang: Lang = DEFAULT_LANG,
): Meta {
  return {
    tag: [
      {
        system: fhirSystems(base).knowledgeVersion,
        code: version,
        display: messagesFor(lang).fhir.knowledgeVersion,
      },
    ],
  };
}

/**
 * An assessment as a FHIR R4 RiskAssessment: the level coded (extension triage-level, and `mitigation` in
 * words), each fired rule as a reasonCode whose rule-evidence extensions name the facts (and answers) behind
 * it, each possible cause as a prediction marked "possible" (never a diagnosis), and the knowledge version in
 * `method` and meta.tag. `preliminary` while a warning sign is still unknown. Names no one.
 * @example toRiskAssessment(assess({ bladderChange: true })).extension?.[0]?.valueCoding?.code // "emergency"
 */
export function toRiskAssessment(
  assessment: Assessment,
  options: RiskAssessmentOptions = {},
): RiskAssessment {
  const base = options.base ?? DEFAULT_FHIR_BASE;
  const lang = options.lang ?? DEFAULT_LANG;
  const messages = messagesFor(lang);
  const systems = fhirSystems(base);
  const explanation = explain(assessment, { lang });
  const extension: Extension[] = assessment.level
    ? [{ url: systems.levelExtension, valueCoding: levelCoding(assessment.level, base, lang) }]
    : [];
  const reasonCode: CodeableConcept[] = explanation.reasons.map((rule) => {
    const fired = assessment.rules.find((candidate) => candidate.id === rule.id);
    const evidence: Extension[] = (fired?.evidence ?? []).map(({ fact, value }) => ({
      url: systems.evidenceExtension,
      extension: [
        {
          url: "fact",
          valueCoding: { system: systems.fact, code: fact, display: messages.facts[fact].short },
        },
        ...(value === undefined ? [] : evidenceAnswers(fact, value, base)),
      ],
    }));
    const facts = rule.facts.map((fact) => `${fact.label}: ${fact.answer}`).join("; ");
    return {
      ...(evidence.length > 0 ? { extension: evidence } : {}),
      coding: [{ system: systems.rule, code: rule.id, display: rule.title }],
      text: facts ? `${rule.title} (${facts})` : rule.title,
    };
  });
  return {
    resourceType: "RiskAssessment",
    ...(options.id ? { id: options.id } : {}),
    meta: knowledgeMeta(assessment.knowledgeVersion, base, lang),
    language: lang,
    ...(options.contained && options.contained.length > 0 ? { contained: [...options.contained] } : {}),
    ...(extension.length > 0 ? { extension } : {}),
    status: assessment.complete ? "final" : "preliminary",
    method: {
      coding: [{ system: systems.knowledgeVersion, code: assessment.knowledgeVersion }],
      text: messages.fhir.method.replace("{version}", assessment.knowledgeVersion),
    },
    code: { text: messages.fhir.triage },
    // R4 requires a subject; BackTalk does not know who the person is.
    subject: { display: messages.fhir.anonymous },
    ...(options.occurrence ? { occurrenceDateTime: options.occurrence } : {}),
    ...(options.basis && options.basis.length > 0 ? { basis: [...options.basis] } : {}),
    ...(reasonCode.length > 0 ? { reasonCode } : {}),
    ...(explanation.causes.length > 0
      ? {
          prediction: explanation.causes.map((cause) => ({
            outcome: {
              coding: [{ system: systems.cause, code: cause.id, display: cause.name }],
              text: cause.name,
            },
            qualitativeRisk: {
              coding: [
                { system: systems.causeLikelihood, code: "possible", display: messages.fhir.possible },
              ],
            },
            rationale: messages.fhir.possibleCause,
          })),
        }
      : {}),
    mitigation: `${explanation.headline.title}. ${explanation.headline.action}`,
  };
}

/** The answer behind a rule, as nested "answer" extensions (one per value of a multi-choice fact). */
function evidenceAnswers(
  fact: Parameters<typeof toFhirAnswer>[0],
  value: FactValue,
  base: string,
): Extension[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map((one) => ({ url: "answer", ...toFhirAnswer(fact, one, undefined, base) }) as Extension);
}
