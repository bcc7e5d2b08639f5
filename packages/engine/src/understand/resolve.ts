import type { FactId, FactValue } from "../schema/vocabulary.ts";
import { REGIONS } from "../schema/vocabulary.ts";

/**
 * How several findings of one fact become one value. Data, not code per fact:
 * - safest: a yes/no fact is true if any finding says so (a denial never hides a sign found elsewhere);
 * - severity: the most serious value in `order` (last is most serious);
 * - last: the latest finding ("worse at first, better now" is improving);
 * - best: the most confident, then the first;
 * - max: the largest number (worst pain, most episodes);
 * - union: every region named;
 * - pair: two values named together make a third ("left" and "right" make "both").
 */
export type Policy =
  | { readonly kind: "safest" }
  | { readonly kind: "severity"; readonly order: readonly string[] }
  | { readonly kind: "last" }
  | { readonly kind: "best" }
  | { readonly kind: "max" }
  | { readonly kind: "union"; readonly order: readonly string[] }
  | { readonly kind: "pair"; readonly pair: readonly [string, string]; readonly makes: string };

const SAFEST: Policy = { kind: "safest" };

export const POLICIES: Readonly<Partial<Record<FactId, Policy>>> = {
  age: { kind: "best" },
  sex: { kind: "best" },
  region: { kind: "union", order: REGIONS },
  side: { kind: "pair", pair: ["left", "right"], makes: "both" },
  painScore: { kind: "max" },
  mobility: { kind: "severity", order: ["normal", "limited", "severely_limited"] },
  onsetDaysAgo: { kind: "best" },
  onsetTrigger: { kind: "severity", order: ["none", "strain", "minor_trauma", "major_trauma"] },
  course: { kind: "last" },
  previousEpisodesSameArea: { kind: "max" },
  selfCareDays: { kind: "max" },
  legPain: { kind: "severity", order: ["none", "above_knee", "below_knee"] },
  legWeakness: { kind: "severity", order: ["none", "one_leg", "both_legs"] },
};

export interface Finding {
  readonly value: FactValue;
  readonly start: number;
  readonly confidence: number;
}

const valueKey = (value: FactValue): string => JSON.stringify(value);

/** The one value the findings of a fact amount to, and which findings support it. */
export function resolve(fact: FactId, findings: readonly Finding[]): { value: FactValue; from: Finding[] } {
  const policy = POLICIES[fact] ?? SAFEST;
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
