import type { QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from "fhir/r4.js";
import { KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import type { Lang } from "../locales/index.ts";
import { FACT_IDS, FACT_KINDS } from "../schema/fact-kinds.ts";
import type { FactId, Facts } from "../schema/vocabulary.ts";
import {
  describeKind,
  type FieldIssue,
  isJsonObject as isObject,
  parseFacts,
  ValidationError,
} from "../validate.ts";
import { answerSystem, fhirValueField, QUESTIONNAIRE_URL, toFhirAnswer } from "./fhir-answer.ts";
import { toQuestionnaire } from "./questionnaire.ts";

const STATUSES = ["in-progress", "completed", "amended", "entered-in-error", "stopped"];
const FACTS = new Set<string>(FACT_IDS);

/** Every linkId of the Questionnaire and what it is; the structure is the same in every language. */
let itemTypes: Map<string, QuestionnaireItem["type"]> | undefined;
function typeOfItem(linkId: string): QuestionnaireItem["type"] | undefined {
  if (!itemTypes) {
    itemTypes = new Map();
    const visit = (items: readonly QuestionnaireItem[] = []) => {
      for (const item of items) {
        itemTypes?.set(item.linkId, item.type);
        visit(item.item);
      }
    };
    visit(toQuestionnaire("en").item);
  }
  return itemTypes.get(linkId);
}

function expectedAnswer(fact: FactId): string {
  const kind = FACT_KINDS[fact];
  const field = fhirValueField(fact);
  if (kind.type === "choice" || kind.type === "choices") {
    return `${field} with code ${kind.options.map((code) => `"${code}"`).join(", ")} (system ${answerSystem(fact)}), or no answer when unknown`;
  }
  return `${field}: ${describeKind(kind)}`;
}

/** The fact value of one answer, or undefined when it does not fit the fact's kind. */
function answerValue(fact: FactId, answer: Record<string, unknown>): string | number | boolean | undefined {
  const kind = FACT_KINDS[fact];
  const field = fhirValueField(fact);
  const others = Object.keys(answer).filter((key) => key.startsWith("value") && key !== field);
  if (others.length > 0) return undefined;
  const value = answer[field];
  if (kind.type === "boolean") return typeof value === "boolean" ? value : undefined;
  if (kind.type === "integer") {
    const fits = Number.isInteger(value) && (value as number) >= kind.min;
    return fits && (kind.max === undefined || (value as number) <= kind.max) ? (value as number) : undefined;
  }
  if (!isObject(value) || typeof value.code !== "string" || !kind.options.includes(value.code))
    return undefined;
  return value.system === undefined || value.system === answerSystem(fact) ? value.code : undefined;
}

/**
 * Reads a FHIR QuestionnaireResponse to BackTalk's Questionnaire as facts. Items may sit in their groups or
 * flat. An unanswered item is unknown. Anything else is rejected with a ValidationError that names the item
 * (its path and linkId) and what is allowed: unknown linkIds, answers of the wrong type or out of range,
 * two answers to a one-answer question, the same question answered twice.
 * @example factsFromQuestionnaireResponse(toQuestionnaireResponse({ fever: true })) // { fever: true }
 */
export function factsFromQuestionnaireResponse(resource: unknown): Facts {
  if (!isObject(resource)) {
    throw new ValidationError([
      { path: "", code: "invalid_type", message: "must be a FHIR QuestionnaireResponse (a JSON object)" },
    ]);
  }
  const issues: FieldIssue[] = [];
  const issue = (path: string, code: string, message: string): void => {
    issues.push({ path, code, message });
  };
  if (resource.resourceType !== "QuestionnaireResponse") {
    issue("resourceType", "invalid_value", 'must be "QuestionnaireResponse"');
  }
  const questionnaire = resource.questionnaire;
  if (
    questionnaire !== undefined &&
    (typeof questionnaire !== "string" || questionnaire.split("|")[0] !== QUESTIONNAIRE_URL)
  ) {
    issue("questionnaire", "invalid_value", `must be "${QUESTIONNAIRE_URL}" (optionally with "|version")`);
  }
  if (resource.status !== undefined && !STATUSES.includes(resource.status as string)) {
    issue("status", "invalid_value", `must be one of ${STATUSES.map((s) => `"${s}"`).join(", ")}`);
  } else if (resource.status === "entered-in-error") {
    issue("status", "invalid_value", 'is "entered-in-error": such a response must not be assessed');
  }

  const facts: Record<string, unknown> = {};
  const seen = new Set<string>();
  const walk = (items: unknown, path: string) => {
    if (items === undefined) return;
    if (!Array.isArray(items)) return issue(path, "invalid_type", "must be a list of items");
    for (const [index, item] of items.entries()) {
      const at = `${path}[${index}]`;
      if (!isObject(item) || typeof item.linkId !== "string") {
        issue(`${at}.linkId`, "invalid_type", "every item needs a linkId (a string)");
        continue;
      }
      const { linkId } = item;
      const type = typeOfItem(linkId);
      if (type === undefined) {
        issue(
          `${at}.linkId`,
          "unknown_item",
          `"${linkId}" is not an item of ${QUESTIONNAIRE_URL}; known questions are ${FACT_IDS.join(", ")}`,
        );
      } else if (!FACTS.has(linkId)) {
        if (item.answer !== undefined)
          issue(`${at}.answer`, "not_a_question", `"${linkId}" is a ${type}; it takes no answer`);
      } else if (seen.has(linkId)) {
        issue(at, "duplicate_item", `"${linkId}" is answered more than once; give each question once`);
      } else {
        seen.add(linkId);
        readAnswers(linkId as FactId, item.answer, `${at}.answer`);
      }
      walk(item.item, `${at}.item`);
    }
  };
  const readAnswers = (fact: FactId, answers: unknown, path: string) => {
    if (answers === undefined) return;
    if (!Array.isArray(answers)) return issue(path, "invalid_type", `"${fact}" answers must be a list`);
    const repeats = FACT_KINDS[fact].type === "choices";
    if (answers.length > 1 && !repeats) {
      return issue(path, "too_many_answers", `"${fact}" takes one answer: ${expectedAnswer(fact)}`);
    }
    const values = answers.flatMap((answer, index) => {
      const value = isObject(answer) ? answerValue(fact, answer) : undefined;
      if (value === undefined) {
        issue(
          `${path}[${index}]`,
          "invalid_value",
          `"${fact}" must be answered with ${expectedAnswer(fact)}`,
        );
        return [];
      }
      if (isObject(answer)) walk(answer.item, `${path}[${index}].item`);
      return [value];
    });
    if (repeats && new Set(values).size !== values.length) {
      issue(path, "duplicate_answer", `"${fact}" lists the same answer twice`);
    }
    if (values.length > 0) facts[fact] = repeats ? values : values[0];
  };
  walk(resource.item, "item");
  if (issues.length > 0) throw new ValidationError(issues);
  return parseFacts(facts, ["item"]);
}

export interface ResponseOptions {
  /** Language of the item texts copied into the response; defaults to English. */
  readonly lang?: Lang;
  /** When the answers were given (FHIR dateTime). */
  readonly authored?: string;
}

/**
 * Facts as a completed QuestionnaireResponse to BackTalk's Questionnaire, grouped by screen. Unknown facts
 * are left out, so reading it back gives the same facts.
 */
export function toQuestionnaireResponse(input: Facts, options: ResponseOptions = {}): QuestionnaireResponse {
  const facts = parseFacts(input);
  const groups = (toQuestionnaire(options.lang).item ?? []).flatMap((group): QuestionnaireResponseItem[] => {
    const answered = (group.item ?? []).flatMap((question): QuestionnaireResponseItem[] => {
      const value = FACTS.has(question.linkId) ? facts[question.linkId as FactId] : undefined;
      if (value === undefined) return [];
      const display = (code: string) =>
        question.answerOption?.find((o) => o.valueCoding?.code === code)?.valueCoding?.display;
      const values = Array.isArray(value) ? value : [value];
      return [
        {
          linkId: question.linkId,
          ...(question.text ? { text: question.text } : {}),
          answer: values.map((v) => toFhirAnswer(question.linkId as FactId, v, display(String(v)))),
        },
      ];
    });
    return answered.length === 0
      ? []
      : [{ linkId: group.linkId, ...(group.text ? { text: group.text } : {}), item: answered }];
  });
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: `${QUESTIONNAIRE_URL}|${KNOWLEDGE_VERSION}`,
    status: "completed",
    ...(options.authored ? { authored: options.authored } : {}),
    item: groups,
  };
}
