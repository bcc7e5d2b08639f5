import type { QuestionnaireItem, QuestionnaireItemEnableWhen } from "fhir/r4.js";
import { type Condition, type FactTest, isFactTest } from "../conditions/condition.ts";
import { FACT_KINDS } from "../schema/fact-kinds.ts";
import type { FactId, FactValue } from "../schema/vocabulary.ts";
import { DEFAULT_FHIR_BASE } from "./canonical.ts";
import { dontKnowCoding, toFhirAnswer } from "./fhir-answer.ts";

/** The enableWhen part of a Questionnaire item. */
export type EnableWhen = Pick<QuestionnaireItem, "enableWhen" | "enableBehavior">;

type Mode = "all" | "any";

function test(
  fact: FactId,
  operator: QuestionnaireItemEnableWhen["operator"],
  value: FactValue,
  base: string,
) {
  const answer = toFhirAnswer(fact, value as string | number | boolean, undefined, base);
  const [field, fhirValue] = Object.entries(answer)[0] as [string, unknown];
  return {
    question: fact,
    operator,
    [field.replace("value", "answer")]: fhirValue,
  } as QuestionnaireItemEnableWhen;
}

const exists = (fact: FactId, answered: boolean): QuestionnaireItemEnableWhen => ({
  question: fact,
  operator: "exists",
  answerBoolean: answered,
});

/**
 * FHIR tests that, combined by `mode`, hold exactly when the leaf holds in the engine (where a test on an
 * unanswered fact is unknown, never true). Only "=", "exists", ">=" and "<" are used where possible: renderers
 * disagree on "!=" for an unanswered item, and many accept only "=" for codings.
 */
function leaf(condition: FactTest, mode: Mode, base: string): QuestionnaireItemEnableWhen[] | undefined {
  const { fact, op, value } = condition;
  const kind = FACT_KINDS[fact];
  if (op === "unknown") {
    // Unknown is "no answer" or, for a coded question, the answer "not sure"; only "any" can say both.
    if (kind.type === "integer") return [exists(fact, false)];
    return mode === "any"
      ? [exists(fact, false), { question: fact, operator: "=", answerCoding: dontKnowCoding() }]
      : undefined;
  }
  if (value === undefined) return undefined;
  if (op === "is") return [test(fact, "=", value, base)];
  if (op === "atLeast") return [test(fact, ">=", value, base)];
  if (op === "below") return [test(fact, "<", value, base)];
  // isNot: answered and different.
  if (mode === "all") {
    const notSure: QuestionnaireItemEnableWhen[] =
      kind.type === "integer" ? [] : [{ question: fact, operator: "!=", answerCoding: dontKnowCoding() }];
    return [exists(fact, true), test(fact, "!=", value, base), ...notSure];
  }
  if (kind.type === "boolean") return [test(fact, "=", !value, base)];
  if (kind.type === "integer") return [test(fact, "<", value, base), test(fact, ">", value, base)];
  if (kind.type === "choice")
    return kind.options.filter((o) => o !== value).map((o) => test(fact, "=", o as FactValue, base));
  return undefined;
}

function flat(condition: Condition, mode: Mode, base: string): QuestionnaireItemEnableWhen[] | undefined {
  if (isFactTest(condition)) return leaf(condition, mode, base);
  const own: Mode = "all" in condition ? "all" : "any";
  const children = "all" in condition ? condition.all : condition.any;
  if (children.length === 0) return undefined;
  if (own !== mode) {
    // A group of one is its child; a nested group of the other kind fits only when it is a single test.
    if (children.length === 1) return flat(children[0] as Condition, mode, base);
    const inner = flat(condition, own, base);
    return inner?.length === 1 ? inner : undefined;
  }
  const parts = children.map((child) => flat(child, mode, base));
  return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
}

/**
 * Turns a Condition into FHIR R4 enableWhen, exactly: the item is enabled precisely when the condition holds.
 * R4 enableWhen is one flat list joined by `enableBehavior` (all or any), so a condition that mixes `all` and
 * `any` in a way that does not flatten (e.g. all(any(a, b), any(c, d))) cannot be expressed; then the
 * result is undefined and the caller decides (the Questionnaire leaves such an item always enabled).
 * @example toEnableWhen(is("legWeakness", "one_leg")) // { enableWhen: [{ question: "legWeakness", operator: "=", ... }] }
 */
export function toEnableWhen(condition: Condition, base: string = DEFAULT_FHIR_BASE): EnableWhen | undefined {
  // A single isNot flattens best as "any" (one "=" per other option); a group in its own kind.
  const natural: Mode = isFactTest(condition) || "any" in condition ? "any" : "all";
  for (const mode of [natural, natural === "all" ? "any" : "all"] as const) {
    const tests = flat(condition, mode, base);
    if (tests === undefined || tests.length === 0) continue;
    return tests.length === 1 ? { enableWhen: tests } : { enableWhen: tests, enableBehavior: mode };
  }
  return undefined;
}

/**
 * The condition under which `condition` could still come out true once the facts in `known` are answered
 * and every other fact is still open: an open fact counts as possibly true; an answered one must satisfy its
 * test or be left unanswered (then it is unknown, and unknown never rules a warning sign out).
 * Returns true or false when the answer no longer depends on the known facts.
 */
export function couldHold(condition: Condition, known: ReadonlySet<FactId>): Condition | boolean {
  if (isFactTest(condition)) {
    if (!known.has(condition.fact)) return true;
    if (condition.op === "unknown") return condition;
    return { any: [{ fact: condition.fact, op: "unknown" }, condition] };
  }
  const isAll = "all" in condition;
  const parts = (isAll ? condition.all : condition.any).map((child) => couldHold(child, known));
  // true and false absorb or drop out, as in ordinary logic.
  if (parts.includes(!isAll)) return !isAll;
  const open = parts.filter((part): part is Condition => typeof part !== "boolean");
  if (open.length === 0) return isAll;
  if (open.length === 1) return open[0] as Condition;
  return isAll ? { all: open } : { any: open };
}

/** Nested `any`s inside an `any` (and `all`s inside an `all`) merged into one level, so more conditions flatten. */
export function simplify(condition: Condition): Condition {
  if (isFactTest(condition)) return condition;
  const isAll = "all" in condition;
  const children = (isAll ? condition.all : condition.any).map(simplify);
  const merged = children.flatMap((child) =>
    !isFactTest(child) && isAll === "all" in child ? ("all" in child ? child.all : child.any) : [child],
  );
  return isAll ? { all: merged } : { any: merged };
}
