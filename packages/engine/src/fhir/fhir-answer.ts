import type { Coding } from "fhir/r4.js";
import { FACT_KINDS } from "../schema/fact-kinds.ts";
import type { FactId } from "../schema/vocabulary.ts";
import { canonical, DEFAULT_FHIR_BASE } from "./canonical.ts";

/** The canonical URL of BackTalk's check as a FHIR Questionnaire in one language (each language is its own form). */
export const questionnaireUrl = (lang: string, base: string = DEFAULT_FHIR_BASE): string =>
  canonical(base, "Questionnaire", `backtalk-check-${lang}`);

/** The default-base Questionnaire URL without the language part; responses to any language share the prefix. */
export const QUESTIONNAIRE_URL = canonical(DEFAULT_FHIR_BASE, "Questionnaire", "backtalk-check");

/** One code system per choice fact, so codes such as "none" keep their meaning outside the item. */
export const answerSystem = (fact: FactId, base: string = DEFAULT_FHIR_BASE): string =>
  canonical(base, "CodeSystem", fact);

/** Yes/no facts are asked as a choice (so "not sure" can be offered) with the fact's own values as codes. */
export const yesNoSystem = (base: string = DEFAULT_FHIR_BASE): string =>
  canonical(base, "CodeSystem", "yes-no");

/**
 * "Don't know": HL7's data-absent-reason "asked-unknown" (asked, and the person did not know). Read as an
 * unknown fact, never as "no".
 */
export const DONT_KNOW_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
export const DONT_KNOW_CODE = "asked-unknown";
export const dontKnowCoding = (display?: string): Coding => ({
  system: DONT_KNOW_SYSTEM,
  code: DONT_KNOW_CODE,
  ...(display === undefined ? {} : { display }),
});
export const isDontKnow = (coding: { system?: unknown; code?: unknown }): boolean =>
  coding.code === DONT_KNOW_CODE && (coding.system === undefined || coding.system === DONT_KNOW_SYSTEM);

/** A fact value as a FHIR answer: the one value[x] field its kind uses. */
export type FhirAnswer = { valueBoolean: boolean } | { valueInteger: number } | { valueCoding: Coding };

/** The system of a coded fact's answers (yes/no facts included). */
export const codingSystem = (fact: FactId, base: string = DEFAULT_FHIR_BASE): string =>
  FACT_KINDS[fact].type === "boolean" ? yesNoSystem(base) : answerSystem(fact, base);

/** The FHIR value[x] of one fact value (one element of a multi-choice fact). */
export function toFhirAnswer(
  fact: FactId,
  value: string | number | boolean,
  display?: string,
  base: string = DEFAULT_FHIR_BASE,
): FhirAnswer {
  const kind = FACT_KINDS[fact];
  if (kind.type === "integer") return { valueInteger: value as number };
  const coding: Coding = { system: codingSystem(fact, base), code: String(value) };
  return { valueCoding: display === undefined ? coding : { ...coding, display } };
}

/** The name of the value[x] field a fact's answers use, for error messages. */
export function fhirValueField(fact: FactId): "valueInteger" | "valueCoding" {
  return FACT_KINDS[fact].type === "integer" ? "valueInteger" : "valueCoding";
}
