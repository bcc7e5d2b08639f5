import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from "fhir/r4.js";
import { KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import { DEFAULT_LANG, type Lang } from "../locales/index.ts";
import { FACT_IDS, FACT_KINDS } from "../schema/fact-kinds.ts";
import type { FactId, Facts } from "../schema/vocabulary.ts";
import {
  describeKind,
  type FieldIssue,
  isJsonObject as isObject,
  parseFacts,
  ValidationError,
} from "../validate.ts";
import { DEFAULT_FHIR_BASE } from "./canonical.ts";
import {
  codingSystem,
  type FhirAnswer,
  fhirValueField,
  isDontKnow,
  questionnaireUrl,
  toFhirAnswer,
} from "./fhir-answer.ts";
import { enabledInFhir } from "./fhir-enabled.ts";
import { LEVEL_LINK_ID } from "./level-item.ts";
import { toQuestionnaire } from "./questionnaire.ts";

/** QuestionnaireResponse.status codes (FHIR R4 questionnaire-answers-status). */
export const RESPONSE_STATUSES = ["in-progress", "completed", "amended", "entered-in-error", "stopped"];
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
    visit(toQuestionnaire(DEFAULT_LANG).item);
    itemTypes.set(LEVEL_LINK_ID, "choice");
  }
  return itemTypes.get(linkId);
}

function expectedAnswer(fact: FactId): string {
  const kind = FACT_KINDS[fact];
  const field = fhirValueField(fact);
  const codes = kind.type === "boolean" ? ["true", "false"] : kind.type === "integer" ? [] : kind.options;
  const notSure = 'or "asked-unknown" (data-absent-reason) or no answer when not sure';
  if (codes.length > 0) {
    return `${field} with code ${codes.map((code) => `"${code}"`).join(", ")} (system ${codingSystem(fact)}), ${notSure}`;
  }
  return `${field}: ${describeKind(kind)}, or no answer when not sure`;
}

/** A coding's system is the fact's own, under any canonical base (a server may publish its own). */
const sameSystem = (system: unknown, fact: FactId): boolean =>
  system === undefined ||
  (typeof system === "string" && system.endsWith(codingSystem(fact).slice(DEFAULT_FHIR_BASE.length)));

export const NOT_SURE = Symbol("not sure");

/** The fact value of one answer, NOT_SURE for "don't know", or undefined when it does not fit the fact's kind. */
export function answerValue(
  fact: FactId,
  answer: Record<string, unknown>,
): string | number | boolean | typeof NOT_SURE | undefined {
  const kind = FACT_KINDS[fact];
  const fields = Object.keys(answer).filter((key) => key.startsWith("value"));
  if (fields.length !== 1) return undefined;
  const value = answer[fields[0] as string];
  if (fields[0] === "valueCoding" && isObject(value) && isDontKnow(value)) return NOT_SURE;
  // Yes/no answers are codings "true"/"false"; a plain valueBoolean is read too.
  if (kind.type === "boolean" && fields[0] === "valueBoolean")
    return typeof value === "boolean" ? value : undefined;
  if (fields[0] !== fhirValueField(fact)) return undefined;
  if (kind.type === "integer") {
    const fits = Number.isInteger(value) && (value as number) >= kind.min;
    return fits && (kind.max === undefined || (value as number) <= kind.max) ? (value as number) : undefined;
  }
  const codes = kind.type === "boolean" ? ["true", "false"] : kind.options;
  if (!isObject(value) || typeof value.code !== "string" || !codes.includes(value.code)) return undefined;
  if (!sameSystem(value.system, fact)) return undefined;
  return kind.type === "boolean" ? value.code === "true" : value.code;
}

/**
 * Responses to any language's BackTalk Questionnaire, under any base or relative to this server's
 * ("Questionnaire/backtalk-check-en", as some form fillers write it), or to a contained (adaptive) one.
 */
const OUR_QUESTIONNAIRE =
  /^(#[A-Za-z0-9\-.]{1,64}|(.*\/)?Questionnaire\/backtalk-check(-[a-z]{2})?(\|[^|]*)?)$/;

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
    (typeof questionnaire !== "string" || !OUR_QUESTIONNAIRE.test(questionnaire))
  ) {
    issue(
      "questionnaire",
      "invalid_value",
      `must be BackTalk's Questionnaire, e.g. "${questionnaireUrl(DEFAULT_LANG)}" (optionally with "|version")`,
    );
  }
  if (resource.status !== undefined && !RESPONSE_STATUSES.includes(resource.status as string)) {
    issue("status", "invalid_value", `must be one of ${RESPONSE_STATUSES.map((s) => `"${s}"`).join(", ")}`);
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
          `"${linkId}" is not an item of BackTalk's Questionnaire; known questions are ${FACT_IDS.join(", ")}`,
        );
      } else if (!FACTS.has(linkId)) {
        // The adaptive form's result item is read-only output; it is never read back as input.
        if (item.answer !== undefined && linkId !== LEVEL_LINK_ID)
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
    let notSure = false;
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
      if (value === NOT_SURE) notSure = true;
      return value === NOT_SURE ? [] : [value];
    });
    if (notSure && values.length > 0) {
      return issue(path, "not_sure_and_answer", `"${fact}" is answered "not sure" and also given a value`);
    }
    if (values.length === 0) return;
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
  /** Canonical base of the Questionnaire and code systems (defaults to DEFAULT_FHIR_BASE). */
  readonly base?: string;
}

/** The Questionnaire is pure data; built once per language and base. */
const built = new Map<string, Questionnaire>();
function questionnaireFor(lang: Lang, base: string): Questionnaire {
  const key = `${lang} ${base}`;
  const cached = built.get(key) ?? toQuestionnaire(lang, { base });
  built.set(key, cached);
  return cached;
}

const BOTH_READINGS = [{ notEqualWhenUnanswered: true }, { notEqualWhenUnanswered: false }] as const;

/**
 * Facts as a completed QuestionnaireResponse to BackTalk's Questionnaire in the chosen language, grouped by
 * screen. Unknown facts are left out, and so is any answer to an item the Questionnaire disables (FHIR forbids
 * it): the Questionnaire disables only what cannot change the level, so the level read back is the same.
 */
export function toQuestionnaireResponse(input: Facts, options: ResponseOptions = {}): QuestionnaireResponse {
  const facts = parseFacts(input);
  const lang = options.lang ?? DEFAULT_LANG;
  const base = options.base ?? DEFAULT_FHIR_BASE;
  const questionnaire = questionnaireFor(lang, base);
  const given = new Map<string, FhirAnswer[]>();
  for (const fact of FACT_IDS) {
    const value = facts[fact];
    if (value === undefined) continue;
    given.set(
      fact,
      (Array.isArray(value) ? value : [value]).map((v) => toFhirAnswer(fact, v, undefined, base)),
    );
  }
  // Enabled under both readings of "!=" on an unanswered item, so no renderer sees a disabled answer.
  const enabled = (linkId: string) =>
    BOTH_READINGS.every((reading) => enabledInFhir(questionnaire, linkId, given, reading));
  const groups = (questionnaire.item ?? []).flatMap((group): QuestionnaireResponseItem[] => {
    const answered = (group.item ?? []).flatMap((question): QuestionnaireResponseItem[] => {
      const value = FACTS.has(question.linkId) ? facts[question.linkId as FactId] : undefined;
      if (value === undefined || !enabled(question.linkId)) return [];
      const display = (code: string) =>
        question.answerOption?.find((o) => o.valueCoding?.code === code)?.valueCoding?.display;
      const values = Array.isArray(value) ? value : [value];
      return [
        {
          linkId: question.linkId,
          ...(question.text ? { text: question.text } : {}),
          answer: values.map((v) => toFhirAnswer(question.linkId as FactId, v, display(String(v)), base)),
        },
      ];
    });
    return answered.length === 0
      ? []
      : [{ linkId: group.linkId, ...(group.text ? { text: group.text } : {}), item: answered }];
  });
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: `${questionnaireUrl(lang, base)}|${KNOWLEDGE_VERSION}`,
    status: "completed",
    ...(options.authored ? { authored: options.authored } : {}),
    item: groups,
  };
}
