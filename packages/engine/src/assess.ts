import { factsIn } from "./conditions/condition.ts";
import { factCollectors, type Truth, truthTest } from "./conditions/evaluate.ts";
import { type FactValues, indexOfFact } from "./conditions/fact-values.ts";
import { deriveValues } from "./derive.ts";
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
import { type PlanOptions, planFor, type SelfCarePlan } from "./plan.ts";
import type { Cause, FactId, Facts, FactValue, Level } from "./schema/vocabulary.ts";
import { parseFactValues } from "./validate.ts";

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

/** Each rule's condition (and the condition of the facts it also cites) compiled once, in table order. */
const COMPILED = RULES.map((rule) => ({
  when: factCollectors(rule.when),
  alsoCite: rule.alsoCite ? factCollectors(rule.alsoCite) : undefined,
  causes: rule.causes.map((choice) => ({
    cause: choice.cause,
    holds: choice.when ? truthTest(choice.when) : () => true,
  })),
}));

/** The fired rule with its evidence, for a rule whose truth test said true. */
function fire(rule: Rule, compiled: (typeof COMPILED)[number], values: FactValues): FiredRule {
  const factIds: FactId[] = [];
  compiled.when.evidence(values, factIds);
  // Evidence lists are already free of repeats; only a cited condition can add one.
  if (compiled.alsoCite?.truth(values) === true) compiled.alsoCite.evidence(values, factIds);
  let cause: Cause | undefined;
  for (const choice of compiled.causes)
    if (choice.holds(values) === true) {
      cause = choice.cause;
      break;
    }
  const { id, level, sources } = rule;
  const evidence = factIds.map((fact): FactEvidence => {
    const value = values[indexOfFact(fact)];
    return value === undefined ? { fact } : { fact, value };
  });
  // Two literals rather than a spread: this runs for every firing rule of every assessment.
  return cause
    ? { id, level, facts: factIds, evidence, cause, sources }
    : { id, level, facts: factIds, evidence, sources };
}

/** Rule indexes by cause strength, each most urgent level first, then in table order: the order causes rank in. */
const CAUSE_ORDER: Readonly<Record<CauseStrength, readonly number[]>> = (() => {
  const byLevel = RULES.map((_, index) => index).sort(
    (a, b) => rankOf((RULES[b] as Rule).level) - rankOf((RULES[a] as Rule).level),
  );
  const withStrength = (strength: CauseStrength) =>
    byLevel.filter((index) => (RULES[index] as Rule).causeStrength === strength);
  return {
    specific: withStrength("specific"),
    generic: withStrength("generic"),
    fallback: withStrength("fallback"),
  };
})();

/** Adds the causes of the fired rules (by rule index) of one strength, in rank order, to `ranked`. */
function addCauses(
  ranked: { id: Cause; rules: RuleId[] }[],
  firedByIndex: readonly (FiredRule | undefined)[],
  strength: CauseStrength,
): void {
  for (const index of CAUSE_ORDER[strength]) {
    const result = firedByIndex[index];
    if (result?.cause === undefined) continue;
    const same = ranked.find((entry) => entry.id === result.cause);
    if (same) same.rules.push(result.id);
    else ranked.push({ id: result.cause, rules: [result.id] });
  }
}

/** Causes by level, then table order; generic causes after specific ones; fallback causes only when alone. */
function rankCauses(
  firedByIndex: readonly (FiredRule | undefined)[],
  shown: readonly FiredRule[],
): RankedCause[] {
  const ranked: { id: Cause; rules: RuleId[] }[] = [];
  addCauses(ranked, firedByIndex, "specific");
  addCauses(ranked, firedByIndex, "generic");
  if (ranked.length === 0) addCauses(ranked, firedByIndex, "fallback");
  if (ranked.length === 0)
    return [
      {
        id: SELF_CARE_RULE.cause,
        rules: shown.some((rule) => rule.id === SELF_CARE_RULE.id) ? [SELF_CARE_RULE.id] : [],
      },
    ];
  return ranked;
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
  const values = parseFactValues(inputFacts);
  deriveValues(values);
  // One cheap truth per rule first; evidence and open facts are built only for the rules that need them.
  const truths: Truth[] = new Array(COMPILED.length);
  for (let index = 0; index < COMPILED.length; index++)
    truths[index] = (COMPILED[index] as (typeof COMPILED)[number]).when.truth(values);
  const fired: FiredRule[] = [];
  const firedByIndex: (FiredRule | undefined)[] = new Array(RULES.length);
  let reached: Level | null = null;
  for (let index = 0; index < RULES.length; index++) {
    const rule = RULES[index] as Rule;
    if (truths[index] !== true) continue;
    const result = fire(rule, COMPILED[index] as (typeof COMPILED)[number], values);
    fired.push(result);
    firedByIndex[index] = result;
    if (rankOf(rule.level) > rankOf(reached)) reached = rule.level;
  }
  // Only rules above what is already reached can change the level; a self-care baseline is assumed.
  const floor = Math.max(rankOf(reached), rankOf("self_care"));
  const open: { rule: Rule; undecided: FactId[] }[] = [];
  const undecided: FactId[] = [];
  let openReach: Level | null = null;
  for (let index = 0; index < RULES.length; index++) {
    const rule = RULES[index] as Rule;
    if (truths[index] !== "unknown" || rankOf(rule.level) <= floor) continue;
    const undecidedHere: FactId[] = [];
    (COMPILED[index] as (typeof COMPILED)[number]).when.undecided(values, undecidedHere);
    open.push({ rule, undecided: undecidedHere });
    for (const fact of undecidedHere) if (!undecided.includes(fact)) undecided.push(fact);
    if (rankOf(rule.level) > rankOf(openReach)) openReach = rule.level;
  }
  const unsureAnswers = options.unsure && options.unsure.length > 0 ? new Set(options.unsure) : undefined;
  const missing = unsureAnswers ? undecided.filter((fact) => !unsureAnswers.has(fact)) : undecided;
  const complete = missing.length === 0;
  const unsure = unsureAnswers
    ? missingInFactOrder(undecided.filter((fact) => unsureAnswers.has(fact))).map((fact) => {
        const rules = open.filter((each) => each.undecided.includes(fact)).map(({ rule }) => rule);
        const couldReach = mostUrgent(rules.map((rule) => rule.level)) as Level;
        return {
          fact,
          level: leastUrgent(couldReach, UNSURE_CAP),
          couldReach,
          rules: rules.map((rule) => rule.id),
        };
      })
    : [];
  const couldReach = complete ? null : openReach;
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
    causes: level === null ? [] : rankCauses(firedByIndex, rules),
    knowledgeVersion: KNOWLEDGE_VERSION,
  };
  const plan = planFor(values, assessment, options);
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

const ORDER = new Map(
  [...new Set(RULES.flatMap((rule) => factsIn(rule.when)))].map((fact, index) => [fact, index]),
);
const orderOf = (fact: FactId): number => ORDER.get(fact) ?? -1;
function missingInFactOrder(missing: readonly FactId[]): FactId[] {
  return missing.length < 2 ? [...missing] : [...missing].sort((a, b) => orderOf(a) - orderOf(b));
}
