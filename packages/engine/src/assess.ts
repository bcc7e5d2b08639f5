import { factsIn } from "./conditions/condition.ts";
import { evaluate, holds } from "./conditions/evaluate.ts";
import { deriveFacts } from "./derive.ts";
import { rankOf } from "./knowledge/levels.ts";
import {
  type CauseStrength,
  RULES,
  type Rule,
  type RuleId,
  SELF_CARE_RULE,
} from "./knowledge/rules/index.ts";
import type { SourceId } from "./knowledge/sources.ts";
import { KNOWLEDGE_VERSION } from "./knowledge/version.ts";
import { type PlanOptions, type SelfCarePlan, selfCarePlan } from "./plan.ts";
import type { Cause, FactId, Facts, FactValue, Level } from "./schema/vocabulary.ts";
import { parseFacts } from "./validate.ts";

export interface FactEvidence {
  readonly fact: FactId;
  /** The person's answer; absent when the rule fired because the fact is unknown (U6 without an age). */
  readonly value?: FactValue;
}

export interface FiredRule {
  readonly id: RuleId;
  readonly level: Level;
  /** Every fact that made the rule fire, in the order the rule names them. */
  readonly facts: readonly FactId[];
  readonly evidence: readonly FactEvidence[];
  readonly cause?: Cause;
  readonly sources: readonly SourceId[];
}

export interface RankedCause {
  readonly id: Cause;
  /** The firing rules that name this cause. */
  readonly rules: readonly RuleId[];
}

export interface Assessment {
  /** The most urgent level any firing rule reaches; null while nothing fired and unknowns could still fire a rule. */
  readonly level: Level | null;
  /** True when no way of filling in the unknown facts could change the level. */
  readonly complete: boolean;
  /** Exactly the unknown facts that could still change the level. */
  readonly missing: readonly FactId[];
  /** The most urgent level that the missing facts could still lead to (null when complete). */
  readonly couldReach: Level | null;
  readonly rules: readonly FiredRule[];
  readonly causes: readonly RankedCause[];
  /** The personalised self-care plan, given at every level after the level's own advice. */
  readonly plan: SelfCarePlan;
  readonly knowledgeVersion: string;
}

function fire(rule: Rule, facts: Facts): FiredRule | undefined {
  const evaluation = evaluate(rule.when, facts);
  if (evaluation.truth !== true) return undefined;
  const cited = rule.alsoCite ? evaluate(rule.alsoCite, facts) : undefined;
  const factIds = [...new Set([...evaluation.evidence, ...(cited?.truth === true ? cited.evidence : [])])];
  const cause = rule.causes.find((choice) => choice.when === undefined || holds(choice.when, facts))?.cause;
  return {
    id: rule.id,
    level: rule.level,
    facts: factIds,
    evidence: factIds.map((fact) => (facts[fact] === undefined ? { fact } : { fact, value: facts[fact] })),
    ...(cause ? { cause } : {}),
    sources: rule.sources,
  };
}

/** Causes by level, then table order; generic causes after specific ones; fallback causes only when alone. */
function rankCauses(fired: readonly { result: FiredRule; rule: Rule }[]): RankedCause[] {
  const named = [...fired]
    .filter(({ result }) => result.cause !== undefined)
    .sort((a, b) => rankOf(b.rule.level) - rankOf(a.rule.level));
  const ofStrength = (strength: CauseStrength) => named.filter(({ rule }) => rule.causeStrength === strength);
  const specific = [...ofStrength("specific"), ...ofStrength("generic")];
  const ranked = new Map<Cause, RuleId[]>();
  for (const { result } of specific.length > 0 ? specific : ofStrength("fallback")) {
    const cause = result.cause as Cause;
    ranked.set(cause, [...(ranked.get(cause) ?? []), result.id]);
  }
  if (ranked.size === 0)
    return [{ id: SELF_CARE_RULE.cause, rules: fired.length === 0 ? [SELF_CARE_RULE.id] : [] }];
  return [...ranked].map(([id, rules]) => ({ id, rules }));
}

/**
 * Applies every rule of the triage policy to the facts. Pure and synchronous. Facts that break the
 * schema are rejected with a ValidationError naming each bad field, never read as "no".
 * @example assess({ bladderChange: true }).level // "emergency"
 */
export function assess(inputFacts: Facts, options: PlanOptions = {}): Assessment {
  // Validated here too: an untyped caller's { fever: "yes" } would otherwise read as "no" (under-triage).
  const facts = deriveFacts(parseFacts(inputFacts));
  const firing = RULES.flatMap((rule) => {
    const result = fire(rule, facts);
    return result ? [{ rule, result }] : [];
  });
  const fired = firing.map(({ result }) => result);
  const reached: Level | null = fired.reduce<Level | null>(
    (most, rule) => (rankOf(rule.level) > rankOf(most) ? rule.level : most),
    null,
  );
  // Only rules above what is already reached can change the level; a self-care baseline is assumed.
  const floor = Math.max(rankOf(reached), rankOf("self_care"));
  const open = RULES.filter((rule) => rankOf(rule.level) > floor)
    .map((rule) => ({ rule, evaluation: evaluate(rule.when, facts) }))
    .filter(({ evaluation }) => evaluation.truth === "unknown");
  const missing = [...new Set(open.flatMap(({ evaluation }) => evaluation.undecided))];
  const complete = open.length === 0;
  const couldReach = open.reduce<Level | null>(
    (most, { rule }) => (rankOf(rule.level) > rankOf(most) ? rule.level : most),
    null,
  );
  const rules: FiredRule[] =
    fired.length === 0 && complete
      ? [
          {
            id: SELF_CARE_RULE.id,
            level: SELF_CARE_RULE.level,
            facts: [],
            evidence: [],
            cause: SELF_CARE_RULE.cause,
            sources: SELF_CARE_RULE.sources,
          },
        ]
      : fired;
  const assessment = {
    level: reached ?? (complete ? "self_care" : null),
    complete,
    missing: missingInFactOrder(missing),
    couldReach,
    rules,
    causes: fired.length === 0 && !complete ? [] : rankCauses(firing),
    knowledgeVersion: KNOWLEDGE_VERSION,
  };
  return { ...assessment, plan: selfCarePlan(facts, assessment, options) };
}

const ORDER: readonly FactId[] = [...new Set(RULES.flatMap((rule) => factsIn(rule.when)))];
function missingInFactOrder(missing: readonly FactId[]): FactId[] {
  return [...missing].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}
