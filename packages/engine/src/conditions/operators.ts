import type { FactValue } from "../schema/vocabulary.ts";
import type { Operator } from "./condition.ts";

/** One line per operator, applied to a known fact value. `unknown` is decided before a value exists. */
export const OPERATORS: Record<
  Exclude<Operator, "unknown">,
  (actual: FactValue, expected: FactValue) => boolean
> = {
  is: (actual, expected) => actual === expected,
  isNot: (actual, expected) => actual !== expected,
  atLeast: (actual, expected) => typeof actual === "number" && actual >= (expected as number),
  below: (actual, expected) => typeof actual === "number" && actual < (expected as number),
};
