import { combineOf } from "../schema/facts.ts";
import type { FactId, FactValue } from "../schema/vocabulary.ts";

export interface Finding {
  readonly value: FactValue;
  readonly start: number;
  readonly confidence: number;
}

const valueKey = (value: FactValue): string => JSON.stringify(value);

/** The one value the findings of a fact amount to, and which findings support it. */
export function resolve(fact: FactId, findings: readonly Finding[]): { value: FactValue; from: Finding[] } {
  const policy = combineOf(fact);
  const byPosition = [...findings].sort((a, b) => a.start - b.start);
  const supporting = (value: FactValue) => byPosition.filter((f) => valueKey(f.value) === valueKey(value));
  const pick = (value: FactValue) => ({ value, from: supporting(value) });
  switch (policy.kind) {
    case "safest":
      return pick(byPosition.some((f) => f.value === true) ? true : (byPosition[0] as Finding).value);
    case "severity": {
      const rank = (f: Finding) => policy.order.indexOf(String(f.value));
      return pick(byPosition.reduce((a, b) => (rank(b) > rank(a) ? b : a)).value);
    }
    case "last":
      return pick((byPosition.at(-1) as Finding).value);
    case "best":
      return pick(byPosition.reduce((a, b) => (b.confidence > a.confidence ? b : a)).value);
    case "max":
      return pick(byPosition.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a)).value);
    case "union": {
      const named = new Set(byPosition.flatMap((f) => f.value as string[]));
      return { value: policy.order.filter((r) => named.has(r)) as FactValue, from: byPosition };
    }
    case "pair": {
      const named = new Set(byPosition.map((f) => String(f.value)));
      if (policy.pair.every((v) => named.has(v))) {
        return {
          value: policy.makes as FactValue,
          from: byPosition.filter((f) => policy.pair.includes(String(f.value))),
        };
      }
      return pick(byPosition.reduce((a, b) => (b.confidence > a.confidence ? b : a)).value);
    }
  }
}

/** A finding of one fact, where it was said and whether it was a denial. */
export interface Reading extends Finding {
  readonly fact: FactId;
  readonly end: number;
  readonly negated: boolean;
}
