import { FACT_IDS } from "../schema/fact-kinds.ts";
import type { FactId, Facts, FactValue } from "../schema/vocabulary.ts";
import type { Lang } from "./lexicon.ts";
import { type Understood, understand } from "./understand.ts";
import { isUrgentSign, urgentSignsIn } from "./warning-signs.ts";

/** One description of the data set with the facts it states (and the facts it mentions with doubt). */
export interface DatasetItem {
  readonly id: string;
  readonly lang: Lang;
  readonly today?: string;
  readonly text: string;
  readonly facts: Facts;
  readonly uncertain?: readonly FactId[];
  /** Echoes an example known while the lexicon was written: always in the tuning set (see split.ts). */
  readonly knownExample?: boolean;
}

export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
}

export interface Miss {
  readonly id: string;
  readonly fact: FactId;
  readonly expected?: FactValue;
  readonly found?: FactValue;
}

export interface DatasetReport {
  readonly items: number;
  readonly perFact: readonly (Score & { readonly fact: FactId })[];
  readonly micro: Score;
  /** Warning signs (values that an emergency or urgent rule tests): found versus stated. */
  readonly warningSigns: Score & { readonly missed: readonly Miss[]; readonly falseAlarms: readonly Miss[] };
  /** Stated warning signs that the reading turned into "no": the one error that could under-triage. */
  readonly deniedSigns: readonly Miss[];
  /** Warning signs the text denies ("no fever", "no leg weakness") read as present: a false alarm on a denial. */
  readonly negatedSignsReadAsPresent: readonly Miss[];
  readonly uncertain: Score;
  readonly languageCorrect: number;
  readonly errors: readonly Miss[];
}

const score = (tp: number, fp: number, fn: number): Score => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

const key = (value: FactValue | undefined): string =>
  value === undefined ? "" : JSON.stringify(Array.isArray(value) ? [...value].sort() : value);

/** Reads every description and scores what was read against what it states, fact by fact. */
export function evaluateDataset(
  dataset: readonly DatasetItem[],
  read: (item: DatasetItem) => Understood = (item) =>
    understand(item.text, item.today === undefined ? {} : { today: item.today }),
): DatasetReport {
  const counts = new Map<FactId, { tp: number; fp: number; fn: number }>(
    FACT_IDS.map((fact) => [fact, { tp: 0, fp: 0, fn: 0 }]),
  );
  const signs = { tp: 0, fp: 0, fn: 0 };
  const doubt = { tp: 0, fp: 0, fn: 0 };
  const missed: Miss[] = [];
  const falseAlarms: Miss[] = [];
  const deniedSigns: Miss[] = [];
  const negatedSignsReadAsPresent: Miss[] = [];
  const errors: Miss[] = [];
  let languageCorrect = 0;
  for (const item of dataset) {
    const understood = read(item);
    if (understood.lang === item.lang) languageCorrect++;
    for (const fact of FACT_IDS) {
      const expected = item.facts[fact];
      const found = understood.facts[fact];
      const count = counts.get(fact) as { tp: number; fp: number; fn: number };
      if (expected === undefined && found === undefined) continue;
      if (key(expected) === key(found)) {
        count.tp++;
        continue;
      }
      if (found !== undefined) count.fp++;
      if (expected !== undefined) count.fn++;
      errors.push({
        id: item.id,
        fact,
        ...(expected === undefined ? {} : { expected }),
        ...(found === undefined ? {} : { found }),
      });
    }
    const stated = new Set(urgentSignsIn(item.facts));
    for (const fact of stated) {
      if (key(understood.facts[fact]) === key(item.facts[fact])) signs.tp++;
      else {
        signs.fn++;
        const found = understood.facts[fact];
        missed.push({
          id: item.id,
          fact,
          expected: item.facts[fact] as FactValue,
          ...(found === undefined ? {} : { found }),
        });
        // A sign read as a graver sign ("minor" trauma read as "major") raises the advice: not a denial.
        if (found !== undefined && !isUrgentSign(fact, found))
          deniedSigns.push({ id: item.id, fact, expected: item.facts[fact] as FactValue, found });
      }
    }
    for (const fact of understood.warningSigns) {
      const expected = item.facts[fact];
      if (expected === false || expected === "none") {
        negatedSignsReadAsPresent.push({
          id: item.id,
          fact,
          expected,
          found: understood.facts[fact] as FactValue,
        });
      }
      if (stated.has(fact)) continue;
      signs.fp++;
      falseAlarms.push({ id: item.id, fact, found: understood.facts[fact] as FactValue });
    }
    const expectedDoubt = new Set(item.uncertain ?? []);
    for (const fact of understood.uncertain) expectedDoubt.has(fact) ? doubt.tp++ : doubt.fp++;
    for (const fact of expectedDoubt) if (!understood.uncertain.includes(fact)) doubt.fn++;
  }
  const perFact = FACT_IDS.map((fact) => {
    const c = counts.get(fact) as { tp: number; fp: number; fn: number };
    return { fact, ...score(c.tp, c.fp, c.fn) };
  });
  const total = perFact.reduce((sum, f) => ({ tp: sum.tp + f.tp, fp: sum.fp + f.fp, fn: sum.fn + f.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return {
    items: dataset.length,
    perFact,
    micro: score(total.tp, total.fp, total.fn),
    warningSigns: { ...score(signs.tp, signs.fp, signs.fn), missed, falseAlarms },
    deniedSigns,
    negatedSignsReadAsPresent,
    uncertain: score(doubt.tp, doubt.fp, doubt.fn),
    languageCorrect,
    errors,
  };
}
