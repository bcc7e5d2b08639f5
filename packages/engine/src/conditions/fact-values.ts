import { FACT_IDS } from "../schema/facts.ts";
import type { FactId, Facts, FactValue } from "../schema/vocabulary.ts";

/**
 * A person's facts as one array in FACT_IDS order, undefined where a fact is unknown. Compiled conditions
 * read facts by index: the same cost whatever shape the caller's object has (parsed JSON, a dictionary-mode
 * object, a class instance), where reading by name slows down as the shapes seen grow.
 */
export type FactValues = (FactValue | undefined)[];

/** Fact id to its index in FactValues; a Map, so an inherited name such as "constructor" is never a fact. */
export const FACT_INDEX: ReadonlyMap<string, number> = new Map(FACT_IDS.map((id, index) => [id, index]));

export const indexOfFact = (fact: FactId): number => FACT_INDEX.get(fact) as number;

/** An array with every fact unknown, to fill in. */
export const unknownValues = (): FactValues =>
  new Array<FactValue | undefined>(FACT_IDS.length).fill(undefined);

/** The values of a facts object (assumed valid). */
export function valuesOf(facts: Facts): FactValues {
  const values = unknownValues();
  for (let index = 0; index < FACT_IDS.length; index++) values[index] = facts[FACT_IDS[index] as FactId];
  return values;
}

/** One fact's value, typed as the facts object types it. */
export const factValue = <K extends FactId>(values: FactValues, fact: K): Facts[K] =>
  values[indexOfFact(fact)] as Facts[K];
