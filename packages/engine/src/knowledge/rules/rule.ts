import type { Condition } from "../../conditions/condition.ts";
import type { Cause, Level } from "../../schema/vocabulary.ts";
import type { SourceId } from "../sources.ts";
import type { RuleId } from "./index.ts";

/** The first choice whose `when` holds (or that has none) is the rule's cause. */
export interface CauseChoice {
  readonly cause: Cause;
  readonly when?: Condition;
}

/**
 * How a rule's cause ranks against other firing rules' causes:
 * - `specific`: ranked by level, then table order;
 * - `generic`: after every specific cause (S3);
 * - `fallback`: only when no other firing rule names a cause (S1, S2).
 */
export type CauseStrength = "specific" | "generic" | "fallback";

/** A row of a rule table; its `id` becomes part of RuleId. */
export interface RuleRow {
  readonly id: string;
  readonly level: Level;
  readonly when: Condition;
  /** Facts cited alongside the triggering facts when they hold (e.g. weakness getting worse for U4). */
  readonly alsoCite?: Condition;
  readonly causes: readonly CauseChoice[];
  readonly causeStrength: CauseStrength;
  readonly sources: readonly SourceId[];
}

export interface Rule extends RuleRow {
  readonly id: RuleId;
}
