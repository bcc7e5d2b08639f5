import type { Coding } from "fhir/r4.js";
import { FACT_KINDS } from "../schema/fact-kinds.ts";
import type { FactId } from "../schema/vocabulary.ts";

/** The canonical URL of BackTalk's check as a FHIR Questionnaire; responses point at it. */
export const QUESTIONNAIRE_URL = "https://backtalk.example/fhir/Questionnaire/backtalk-check";

/** One code system per choice fact, so codes such as "none" keep their meaning outside the item. */
export const answerSystem = (fact: FactId): string => `https://backtalk.example/fhir/CodeSystem/${fact}`;

/** A fact value as a FHIR answer: the one value[x] field its kind uses. */
export type FhirAnswer = { valueBoolean: boolean } | { valueInteger: number } | { valueCoding: Coding };

/** The FHIR value[x] of one fact value (one element of a multi-choice fact). */
export function toFhirAnswer(fact: FactId, value: string | number | boolean, display?: string): FhirAnswer {
  const kind = FACT_KINDS[fact];
  if (kind.type === "boolean") return { valueBoolean: value as boolean };
  if (kind.type === "integer") return { valueInteger: value as number };
  const coding: Coding = { system: answerSystem(fact), code: String(value) };
  return { valueCoding: display === undefined ? coding : { ...coding, display } };
}

/** The name of the value[x] field a fact's answers must use, for error messages. */
export function fhirValueField(fact: FactId): "valueBoolean" | "valueInteger" | "valueCoding" {
  const kind = FACT_KINDS[fact].type;
  return kind === "boolean" ? "valueBoolean" : kind === "integer" ? "valueInteger" : "valueCoding";
}
