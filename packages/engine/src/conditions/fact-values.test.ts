import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveFacts, deriveValues } from "../derive.ts";
import { FACT_IDS } from "../schema/facts.ts";
import { partialFacts } from "../testing/arbitrary-facts.ts";
import { FACT_INDEX, factValue, indexOfFact, valuesOf } from "./fact-values.ts";

describe("fact values", () => {
  it("give every fact its own place, in FACT_IDS order, and nothing else a place", () => {
    expect(FACT_IDS.map(indexOfFact)).toEqual(FACT_IDS.map((_, index) => index));
    expect(FACT_INDEX.size).toBe(FACT_IDS.length);
    for (const inherited of ["constructor", "__proto__", "toString"])
      expect(FACT_INDEX.has(inherited)).toBe(false);
  });

  it("hold each fact's value where factValue reads it, unknown facts as undefined", () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const values = valuesOf(facts);
        expect(values).toHaveLength(FACT_IDS.length);
        for (const id of FACT_IDS) expect(factValue(values, id)).toBe(facts[id]);
      }),
      { numRuns: 300 },
    );
  });

  it("derive the same implied facts as deriveFacts, without touching the caller's object", () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const before = structuredClone(facts);
        const values = valuesOf(facts);
        deriveValues(values);
        expect(values).toEqual(valuesOf(deriveFacts(facts)));
        expect(facts).toEqual(before);
      }),
      { numRuns: 500 },
    );
    const values = valuesOf({ sex: "male" });
    deriveValues(values);
    expect(factValue(values, "pregnant")).toBe(false);
  });
});
