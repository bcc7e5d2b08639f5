import type { FactId, FactValue } from "../schema/vocabulary.ts";

/** The closed set of leaf operators; `operators.ts` holds one line for each. */
export type Operator = "is" | "isNot" | "atLeast" | "below" | "unknown";

export interface FactTest {
  readonly fact: FactId;
  readonly op: Operator;
  readonly value?: FactValue;
}

/**
 * A rule's condition as plain data (no functions), so it can be evaluated, printed, explained,
 * turned into FHIR enableWhen and serialised to the API unchanged.
 */
export type Condition =
  | FactTest
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

export const is = (fact: FactId, value: FactValue): FactTest => ({ fact, op: "is", value });
export const yes = (fact: FactId): FactTest => is(fact, true);
export const isNot = (fact: FactId, value: FactValue): FactTest => ({ fact, op: "isNot", value });
export const atLeast = (fact: FactId, value: number): FactTest => ({ fact, op: "atLeast", value });
export const below = (fact: FactId, value: number): FactTest => ({ fact, op: "below", value });
/** True when the fact has not been answered. It never evaluates to unknown itself. */
export const unknown = (fact: FactId): FactTest => ({ fact, op: "unknown" });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });

export function isFactTest(condition: Condition): condition is FactTest {
  return "fact" in condition;
}

/** Every fact a condition mentions, in order of first mention. */
export function factsIn(condition: Condition): FactId[] {
  if (isFactTest(condition)) return [condition.fact];
  const children = "all" in condition ? condition.all : condition.any;
  return [...new Set(children.flatMap(factsIn))];
}

/** Every fact test inside a condition, in order. */
export function testsIn(condition: Condition): FactTest[] {
  if (isFactTest(condition)) return [condition];
  return ("all" in condition ? condition.all : condition.any).flatMap(testsIn);
}
