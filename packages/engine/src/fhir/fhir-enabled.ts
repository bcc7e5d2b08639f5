import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireItemEnableWhen } from "fhir/r4.js";
import type { FhirAnswer } from "./fhir-answer.ts";

/** Answers by linkId, as a FHIR form would hold them. */
export type FhirAnswers = ReadonlyMap<string, readonly FhirAnswer[]>;

export interface FhirEnableOptions {
  /**
   * R4 leaves "!=" on an unanswered item open to reading: "no answer equals" (true) or "an answer exists and
   * differs" (false). Checking both proves a Questionnaire does not depend on the choice.
   */
  readonly notEqualWhenUnanswered: boolean;
}

type Comparable = boolean | number | Coding;

const answerOf = (answer: FhirAnswer): Comparable =>
  "valueBoolean" in answer
    ? answer.valueBoolean
    : "valueInteger" in answer
      ? answer.valueInteger
      : answer.valueCoding;

const expectedOf = (test: QuestionnaireItemEnableWhen): Comparable | undefined =>
  test.answerBoolean ?? test.answerInteger ?? test.answerCoding;

function equal(a: Comparable, b: Comparable): boolean {
  if (typeof a === "object" && typeof b === "object") {
    return a.code === b.code && (a.system === undefined || b.system === undefined || a.system === b.system);
  }
  return a === b;
}

function compare(answer: Comparable, test: QuestionnaireItemEnableWhen): boolean {
  const expected = expectedOf(test);
  if (expected === undefined) return false;
  switch (test.operator) {
    case "=":
      return equal(answer, expected);
    case "!=":
      return !equal(answer, expected);
    case ">":
      return (answer as number) > (expected as number);
    case "<":
      return (answer as number) < (expected as number);
    case ">=":
      return (answer as number) >= (expected as number);
    case "<=":
      return (answer as number) <= (expected as number);
    default:
      return false;
  }
}

function index(
  items: readonly QuestionnaireItem[] = [],
  parent?: string,
  into = new Map<string, [QuestionnaireItem, string?]>(),
) {
  for (const item of items) {
    into.set(item.linkId, parent === undefined ? [item] : [item, parent]);
    index(item.item, item.linkId, into);
  }
  return into;
}

const indexes = new WeakMap<Questionnaire, Map<string, [QuestionnaireItem, string?]>>();

/**
 * Whether a FHIR R4 form shows an item, given the answers: its enableWhen (with enableBehavior) holds and every
 * enclosing item is enabled; answers to a disabled item count as absent (R4 rule). A reference evaluator used by
 * tests to check that the Questionnaire behaves like the engine's interview; renderers do the same.
 */
export function enabledInFhir(
  questionnaire: Questionnaire,
  linkId: string,
  answers: FhirAnswers,
  options: FhirEnableOptions,
): boolean {
  const items = indexes.get(questionnaire) ?? index(questionnaire.item);
  indexes.set(questionnaire, items);
  const enabled = (id: string, depth: number): boolean => {
    const entry = items.get(id);
    if (!entry || depth > items.size) return false;
    const [item, parent] = entry;
    if (parent !== undefined && !enabled(parent, depth + 1)) return false;
    if (!item.enableWhen || item.enableWhen.length === 0) return true;
    const results = item.enableWhen.map((test) => {
      const given = enabled(test.question, depth + 1) ? (answers.get(test.question) ?? []) : [];
      if (test.operator === "exists") return given.length > 0 === test.answerBoolean;
      if (given.length === 0) return test.operator === "!=" && options.notEqualWhenUnanswered;
      const values = given.map(answerOf);
      return test.operator === "!="
        ? values.every((value) => compare(value, test))
        : values.some((value) => compare(value, test));
    });
    return item.enableBehavior === "any" ? results.some(Boolean) : results.every(Boolean);
  };
  return enabled(linkId, 0);
}
