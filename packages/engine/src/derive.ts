import type { Facts } from "./schema/vocabulary.ts";

/**
 * Facts implied by other facts, so the interview never asks what is already settled
 * (a man is not asked about pregnancy). The input is never mutated.
 */
export function deriveFacts(facts: Facts): Facts {
  if (facts.sex === "male" && facts.pregnant === undefined) return { ...facts, pregnant: false };
  return facts;
}
