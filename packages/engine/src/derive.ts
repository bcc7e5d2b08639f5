import { type FactValues, indexOfFact } from "./conditions/fact-values.ts";
import type { FactId, Facts, FactValue } from "./schema/vocabulary.ts";

/** A fact settled by another fact's answer: a man is not asked about pregnancy. */
interface Implied {
  readonly fact: FactId;
  readonly value: FactValue;
  readonly when: { readonly fact: FactId; readonly is: FactValue };
}

const IMPLIED: readonly Implied[] = [{ fact: "pregnant", value: false, when: { fact: "sex", is: "male" } }];

/** Facts implied by other facts, so the interview never asks what is already settled. Never mutates its input. */
export function deriveFacts(facts: Facts): Facts {
  let derived = facts;
  for (const { fact, value, when } of IMPLIED)
    if (derived[when.fact] === when.is && derived[fact] === undefined)
      derived = { ...derived, [fact]: value };
  return derived;
}

const IMPLIED_AT = IMPLIED.map(({ fact, value, when }) => ({
  at: indexOfFact(fact),
  value,
  whenAt: indexOfFact(when.fact),
  is: when.is,
}));

/** deriveFacts for fact values, in place (assess() owns the array it fills). */
export function deriveValues(values: FactValues): void {
  for (const { at, value, whenAt, is } of IMPLIED_AT)
    if (values[whenAt] === is && values[at] === undefined) values[at] = value;
}
