import type { FactId, Facts } from "../schema/vocabulary.ts";
import { type Condition, isFactTest } from "./condition.ts";
import { OPERATORS } from "./operators.ts";

/** Three-valued truth: a missing fact makes a test unknown, never false. */
export type Truth = true | false | "unknown";

export interface Evaluation {
  readonly truth: Truth;
  /** When true: the facts that made it true (for an `any`, each true part). */
  readonly evidence: readonly FactId[];
  /** When unknown: the unknown facts whose answer could still decide it. */
  readonly undecided: readonly FactId[];
}

const union = (lists: readonly (readonly FactId[])[]): FactId[] => [...new Set(lists.flat())];

/** Kleene evaluation of a condition over possibly incomplete facts. */
export function evaluate(condition: Condition, facts: Facts): Evaluation {
  if (isFactTest(condition)) {
    const actual = facts[condition.fact];
    if (condition.op === "unknown") {
      return actual === undefined
        ? { truth: true, evidence: [condition.fact], undecided: [] }
        : { truth: false, evidence: [], undecided: [] };
    }
    if (actual === undefined) return { truth: "unknown", evidence: [], undecided: [condition.fact] };
    const truth = OPERATORS[condition.op](actual, condition.value as NonNullable<typeof actual>);
    return { truth, evidence: truth ? [condition.fact] : [], undecided: [] };
  }
  const isAll = "all" in condition;
  const parts = (isAll ? condition.all : condition.any).map((child) => evaluate(child, facts));
  // An "all" is decided by a false part, an "any" by a true part.
  const decisive = !isAll;
  if (parts.some((part) => part.truth === decisive)) {
    const evidence = isAll
      ? []
      : union(parts.filter((part) => part.truth === true).map((part) => part.evidence));
    return { truth: decisive, evidence, undecided: [] };
  }
  if (parts.some((part) => part.truth === "unknown")) {
    return { truth: "unknown", evidence: [], undecided: union(parts.map((part) => part.undecided)) };
  }
  return {
    truth: !decisive,
    evidence: isAll ? union(parts.map((part) => part.evidence)) : [],
    undecided: [],
  };
}

/** True only when the condition is certainly true. */
export const holds = (condition: Condition, facts: Facts): boolean =>
  evaluate(condition, facts).truth === true;
