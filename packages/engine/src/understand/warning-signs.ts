import { rankOf } from "../knowledge/levels.ts";
import { isUrgentSign, WARNING_SIGNS } from "../knowledge/warning-signs.ts";
import type { FactId, Facts } from "../schema/vocabulary.ts";

/** Warning signs that can mean a same-day doctor or an emergency: read from text, they are confirmed first. */
export const URGENT_SIGN_FACTS: readonly FactId[] = WARNING_SIGNS.filter(
  (sign) => rankOf(sign.reaches) >= rankOf("urgent"),
).map((sign) => sign.fact);

/** The facts whose known value is an urgent or emergency warning sign. */
export const urgentSignsIn = (facts: Facts): FactId[] =>
  URGENT_SIGN_FACTS.filter((fact) => {
    const value = facts[fact];
    return value !== undefined && isUrgentSign(fact, value);
  });

export { isUrgentSign };
