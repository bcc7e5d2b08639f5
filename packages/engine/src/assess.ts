import { factsIn } from "./conditions/condition.ts";
import { type Evaluation, evaluate, holds, truthTest, union } from "./conditions/evaluate.ts";
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

/**
 * A fact the person was asked and answered "not sure" (interview answer `"dont_know"`, FHIR "don't know"),
 * that could still change the level. Once every such question has been asked, it sets the level itself.
 */
export interface UnsureFact {
  readonly fact: FactId;
  /** The level this unsure answer leads to: the most urgent level a yes could reach, capped at urgent. */
  readonly level: Level;
  /** The most urgent level a yes could reach, uncapped: what to do at once if it turns into a yes. */
  readonly couldReach: Level;
  /** The rules a yes could still fire. */
  readonly rules: readonly RuleId[];
}

export interface Assessment {
  /**
   * The most urgent level that the firing rules reach, or (once every question has been asked) that the
   * unsure answers lead to; null while facts that were never asked could still change it.
   */
  readonly level: Level | null;
  /**
   * True when every fact that could change the level is known or was answered "not sure" (`unsure` then
   * lists those, and the level already allows for them).
   */
  readonly complete: boolean;
  /** Exactly the facts never asked that could still change the level (unsure facts are not missing). */
  readonly missing: readonly FactId[];
  /** The most urgent level that the missing facts could still lead to (null when complete). */
  readonly couldReach: Level | null;
  /** The "not sure" answers that could change the level, in fact order; each is a reason of its own. */
  readonly unsure: readonly UnsureFact[];
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
  // Evidence lists are already free of repeats; only a cited condition can add one.
  const factIds = cited?.truth === true ? union([evaluation.evidence, cited.evidence]) : evaluation.evidence;
  const cause = rule.causes.find((choice) => choice.when === undefined || holds(choice.when, facts))?.cause;
  const { id, level, sources } = rule;
  const evidence = factIds.map((fact) =>
    facts[fact] === undefined ? { fact } : { fact, value: facts[fact] as FactValue },
  );
  // Two literals rather than a spread: this runs for every firing rule of every assessment.
  return cause
    ? { id, level, facts: factIds, evidence, cause, sources }
    : { id, level, facts: factIds, evidence, sources };
}

/** Causes by level, then table order; generic causes after specific ones; fallback causes only when alone. */
function rankCauses(
  fired: readonly { result: FiredRule; rule: Rule }[],
  shown: readonly FiredRule[],
): RankedCause[] {
  const named = fired
    .filter(({ result }) => result.cause !== undefined)
    .sort((a, b) => rankOf(b.rule.level) - rankOf(a.rule.level));
  const ranked = new Map<Cause, RuleId[]>();
  const add = (strength: CauseStrength) => {
    for (const { result, rule } of named) {
      if (rule.causeStrength !== strength) continue;
      const cause = result.cause as Cause;
      const rules = ranked.get(cause);
      if (rules) rules.push(result.id);
      else ranked.set(cause, [result.id]);
    }
  };
  add("specific");
  add("generic");
  if (ranked.size === 0) add("fallback");
  if (ranked.size === 0)
    return [
      {
        id: SELF_CARE_RULE.cause,
        rules: shown.some((rule) => rule.id === SELF_CARE_RULE.id) ? [SELF_CARE_RULE.id] : [],
      },
    ];
  return Array.from(ranked, ([id, rules]) => ({ id, rules }));
}

export interface AssessOptions extends PlanOptions {
  /**
   * Facts the person was asked and answered "not sure" (an interview answer of `"dont_know"`; FHIR
   * "don't know"). A fact left out of `facts` and out of this list was never asked: the result stays open
   * (`level` null, `missing`, `couldReach`). When every open fact is unsure, the level is the more urgent of
   * what the known facts reach and what the unsure facts could reach, capped at `urgent`.
   */
  readonly unsure?: readonly FactId[];
}

/** "Not sure" never settles an emergency on its own; it means "get checked today" at most. */
const UNSURE_CAP: Level = "urgent";

/**
 * Applies every rule of the triage policy to the facts. Pure and synchronous. Facts that break the
 * schema are rejected with a ValidationError naming each bad field, never read as "no".
 * @example assess({ bladderChange: true }).level // "emergency"
 * @example assess(negativeCase, { unsure: ["saddleNumbness"] }).level // "urgent"
 */
export function assess(inputFacts: Facts, options: AssessOptions = {}): Assessment {
  // Validated here too: an untyped caller's { fever: "yes" } would otherwise read as "no" (under-triage).
  const facts = deriveFacts(parseFacts(inputFacts));
  // One cheap truth per rule first; evidence and open facts are built only for the rules that need them.
  const truths = RULE_TESTS.map((test) => test(facts));
  const firing: { rule: Rule; result: FiredRule }[] = [];
  let reached: Level | null = null;
  for (let index = 0; index < RULES.length; index++) {
    const rule = RULES[index] as Rule;
    const result = truths[index] === true ? fire(rule, facts) : undefined;
    if (result === undefined) continue;
    firing.push({ rule, result });
    if (rankOf(rule.level) > rankOf(reached)) reached = rule.level;
  }
  const fired = firing.map(({ result }) => result);
  // Only rules above what is already reached can change the level; a self-care baseline is assumed.
  const floor = Math.max(rankOf(reached), rankOf("self_care"));
  const open: { rule: Rule; evaluation: Evaluation }[] = [];
  for (let index = 0; index < RULES.length; index++) {
    const rule = RULES[index] as Rule;
    if (truths[index] === "unknown" && rankOf(rule.level) > floor)
      open.push({ rule, evaluation: evaluate(rule.when, facts) });
  }
  const undecided = [...new Set(open.flatMap(({ evaluation }) => evaluation.undecided))];
  const unsureAnswers = new Set(options.unsure ?? []);
  const missing = undecided.filter((fact) => !unsureAnswers.has(fact));
  const complete = missing.length === 0;
  const unsure = missingInFactOrder(undecided.filter((fact) => unsureAnswers.has(fact))).map((fact) => {
    const rules = open
      .filter(({ evaluation }) => evaluation.undecided.includes(fact))
      .map(({ rule }) => rule);
    const couldReach = mostUrgent(rules.map((rule) => rule.level)) as Level;
    return {
      fact,
      level: leastUrgent(couldReach, UNSURE_CAP),
      couldReach,
      rules: rules.map((rule) => rule.id),
    };
  });
  const couldReach = complete ? null : mostUrgent(open.map(({ rule }) => rule.level));
  const level = complete
    ? mostUrgent([reached ?? "self_care", ...unsure.map((fact) => fact.level)])
    : reached;
  const rules: FiredRule[] =
    level === "self_care"
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
    level,
    complete,
    missing: missingInFactOrder(missing),
    couldReach,
    unsure,
    rules,
    causes: level === null ? [] : rankCauses(firing, rules),
    knowledgeVersion: KNOWLEDGE_VERSION,
  };
  const plan = selfCarePlan(facts, assessment, options);
  // Written out rather than spread: this runs for every assessment, and the key order is the API's.
  return {
    level,
    complete,
    missing: assessment.missing,
    couldReach,
    unsure,
    rules,
    causes: assessment.causes,
    knowledgeVersion: KNOWLEDGE_VERSION,
    plan,
  };
}

const mostUrgent = (levels: readonly Level[]): Level | null =>
  levels.reduce<Level | null>((most, level) => (rankOf(level) > rankOf(most) ? level : most), null);
const leastUrgent = (a: Level, b: Level): Level => (rankOf(a) <= rankOf(b) ? a : b);

const RULE_TESTS = RULES.map((rule) => truthTest(rule.when));
const ORDER = new Map(
  [...new Set(RULES.flatMap((rule) => factsIn(rule.when)))].map((fact, index) => [fact, index]),
);
const orderOf = (fact: FactId): number => ORDER.get(fact) ?? -1;
function missingInFactOrder(missing: readonly FactId[]): FactId[] {
  return missing.length < 2 ? [...missing] : [...missing].sort((a, b) => orderOf(a) - orderOf(b));
}
