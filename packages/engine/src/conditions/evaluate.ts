import type { FactId, Facts, FactValue } from "../schema/vocabulary.ts";
import { type Condition, isFactTest } from "./condition.ts";
import { type FactValues, indexOfFact, valuesOf } from "./fact-values.ts";
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

/** Every fact of the lists once, in order of first mention. */
export function union(lists: readonly (readonly FactId[])[]): FactId[] {
  const facts: FactId[] = [];
  for (const list of lists) for (const fact of list) if (!facts.includes(fact)) facts.push(fact);
  return facts;
}

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

/** A condition compiled into a function of the fact values that gives its truth and allocates nothing. */
export type TruthTest = (values: FactValues) => Truth;

function compile(condition: Condition): TruthTest {
  if (isFactTest(condition)) {
    const { op } = condition;
    const index = indexOfFact(condition.fact);
    if (op === "unknown") return (values) => values[index] === undefined;
    const test = OPERATORS[op];
    const expected = condition.value as FactValue;
    return (values) => {
      const actual = values[index];
      return actual === undefined ? "unknown" : test(actual, expected);
    };
  }
  const isAll = "all" in condition;
  const parts = (isAll ? condition.all : condition.any).map(compile);
  // An "all" is decided by a false part, an "any" by a true part; otherwise an unknown part leaves it open.
  const decisive = !isAll;
  return (values) => {
    let open = false;
    for (const part of parts) {
      const truth = part(values);
      if (truth === decisive) return decisive;
      if (truth === "unknown") open = true;
    }
    return open ? "unknown" : !decisive;
  };
}

const compiled = new WeakMap<Condition, TruthTest>();

/**
 * The truth of `evaluate` alone, without building evidence, from a function compiled once per condition: most
 * rules are false for most people, so assess() asks this first and evaluates in full only the rules that are
 * true or still open.
 */
export function truthTest(condition: Condition): TruthTest {
  let test = compiled.get(condition);
  if (test === undefined) {
    test = compile(condition);
    compiled.set(condition, test);
  }
  return test;
}

export const truthOf = (condition: Condition, facts: Facts): Truth => truthTest(condition)(valuesOf(facts));

/** True only when the condition is certainly true. */
export const holds = (condition: Condition, facts: Facts): boolean => truthOf(condition, facts) === true;

/** Adds facts to `into` that are not in it yet, keeping first mentions first (like `union`). */
export type FactCollector = (values: FactValues, into: FactId[]) => void;

const addOnce = (into: FactId[], fact: FactId): void => {
  if (!into.includes(fact)) into.push(fact);
};

/** Collects `evaluate(condition).evidence` for a condition known to be true, building no Evaluation. */
function compileEvidence(condition: Condition): FactCollector {
  if (isFactTest(condition)) {
    const { fact } = condition;
    return (_values, into) => addOnce(into, fact);
  }
  const isAll = "all" in condition;
  const parts = (isAll ? condition.all : condition.any).map((part) => ({
    truth: truthTest(part),
    evidence: compileEvidence(part),
  }));
  // Every part of a true "all" is true; of a true "any", only its true parts are evidence.
  return (values, into) => {
    for (const part of parts) if (isAll || part.truth(values) === true) part.evidence(values, into);
  };
}

/** Collects `evaluate(condition).undecided` for a condition known to be unknown, building no Evaluation. */
function compileUndecided(condition: Condition): FactCollector {
  if (isFactTest(condition)) {
    const { fact } = condition;
    return (_values, into) => addOnce(into, fact);
  }
  // An unknown condition has no decisive part; its open parts hold every undecided fact.
  const parts = ("all" in condition ? condition.all : condition.any).map((part) => ({
    truth: truthTest(part),
    undecided: compileUndecided(part),
  }));
  return (values, into) => {
    for (const part of parts) if (part.truth(values) === "unknown") part.undecided(values, into);
  };
}

/**
 * What `evaluate` builds, without building an Evaluation, compiled once per condition: `evidence` adds the
 * evidence of a condition whose truth test said true, `undecided` the undecided facts of one that said unknown,
 * each fact once, first mentions first (as `union`). assess() runs these for every firing or open rule.
 */
export interface FactCollectors {
  readonly truth: TruthTest;
  readonly evidence: FactCollector;
  readonly undecided: FactCollector;
}

export const factCollectors = (condition: Condition): FactCollectors => ({
  truth: truthTest(condition),
  evidence: compileEvidence(condition),
  undecided: compileUndecided(condition),
});
