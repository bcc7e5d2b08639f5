/**
 * Engine throughput: cases assessed per second and interviews completed per second on generated cases,
 * plus the median and maximum number of screens over the sample cases. assess() is compared, window by
 * window after a warm-up, with a reference made in the same run: the same rule table compiled into plain
 * if-statements (two-valued, no validation, no evidence, no plan), i.e. the least work that finds the
 * same rules. Run: `npx tsx --conditions=source scripts/bench-engine.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  assess,
  type Condition,
  FACT_IDS,
  FACT_KINDS,
  type Facts,
  parseCase,
  RULES,
  runOracle,
  SELF_CARE_RULE,
} from "@backtalk/engine";
import { deriveFacts } from "../packages/engine/src/derive.ts";
import { rankOf } from "../packages/engine/src/knowledge/levels.ts";
import { seededRandom } from "../packages/engine/src/report/demo-diary.ts";
import { type BenchRow, compact, recordRows, summarize } from "./bench-table.ts";

/** Mostly "no" answers with a few warning signs and gaps, like real people. */
export function generateCases(count: number, seed = 1): Facts[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const facts: Record<string, unknown> = {};
    for (const id of FACT_IDS) {
      if (next() < 0.1) continue; // unknown
      const kind = FACT_KINDS[id];
      if (kind.type === "boolean") facts[id] = next() < 0.06;
      else if (kind.type === "choice")
        facts[id] = next() < 0.7 ? kind.options[0] : kind.options[Math.floor(next() * kind.options.length)];
      else if (kind.type === "choices") facts[id] = [kind.options[Math.floor(next() * kind.options.length)]];
      else facts[id] = Math.floor(next() * Math.min(kind.max ?? 60, 60)) + kind.min;
    }
    return facts as Facts;
  });
}

/** One condition as a JavaScript expression over `f` (the facts); a missing fact makes a test false. */
function expression(condition: Condition): string {
  if ("fact" in condition) {
    const fact = `f[${JSON.stringify(condition.fact)}]`;
    const value = JSON.stringify(condition.value);
    switch (condition.op) {
      case "unknown":
        return `${fact} === undefined`;
      case "is":
        return `${fact} === ${value}`;
      case "isNot":
        return `(${fact} !== undefined && ${fact} !== ${value})`;
      case "atLeast":
        return `(typeof ${fact} === "number" && ${fact} >= ${value})`;
      case "below":
        return `(typeof ${fact} === "number" && ${fact} < ${value})`;
    }
  }
  const all = "all" in condition;
  const parts = (all ? condition.all : condition.any).map(expression);
  return `(${parts.join(all ? " && " : " || ")})`;
}

/** The rule table as one function of plain if-statements: the rules that fire and the highest level's rank. */
export function plainIfStatements(): (facts: Facts) => { fired: string[]; rank: number } {
  const body = RULES.map(
    (rule) =>
      `if (${expression(rule.when)}) { fired.push(${JSON.stringify(rule.id)}); if (${rankOf(rule.level)} > rank) rank = ${rankOf(rule.level)}; }`,
  ).join("\n");
  const compiled = new Function(
    "f",
    `const fired = []; let rank = -1;\n${body}\nreturn { fired, rank };`,
  ) as (facts: Facts) => { fired: string[]; rank: number };
  return (facts) => compiled(deriveFacts(facts));
}

/** Per-second rate of `work` over `items`, in a window of `ms`. */
function rate(work: () => void, items: number, ms = 1000): number {
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    work();
    rounds++;
  }
  return (rounds * items * 1000) / (performance.now() - start);
}

export function engineRows(windows = Number(process.env.BENCH_WINDOWS ?? 5)): BenchRow[] {
  const cases = generateCases(2000);
  const reference = plainIfStatements();
  // The reference must find exactly the rules assess() fires, or the comparison means nothing.
  for (const facts of cases) {
    const fired = assess(facts, { today: "2026-11-25" })
      .rules.map((rule) => rule.id)
      .filter((id) => id !== SELF_CARE_RULE.id);
    const plain = reference(facts).fired;
    if (JSON.stringify(fired) !== JSON.stringify(plain))
      throw new Error(`reference disagrees with assess(): ${JSON.stringify({ facts, fired, plain })}`);
  }
  const runAssess = () => {
    for (const facts of cases) assess(facts, { today: "2026-11-25" });
  };
  const runReference = () => {
    for (const facts of cases) reference(facts);
  };
  rate(runAssess, cases.length, 1000);
  rate(runReference, cases.length, 1000);
  const ratios: number[] = [];
  const assessRates: number[] = [];
  const referenceRates: number[] = [];
  for (let window = 0; window < windows; window++) {
    const a = rate(runAssess, cases.length, 700);
    const r = rate(runReference, cases.length, 700);
    assessRates.push(a);
    referenceRates.push(r);
    ratios.push(a / r);
  }
  const ratio = summarize(ratios);
  return [
    {
      part: "engine",
      measure: "assess() / same rules as plain if-statements",
      value: ratio.median,
      goal: { atLeast: 1 / 12 },
      detail: `${compact(summarize(assessRates).median)}/s vs ${compact(summarize(referenceRates).median)}/s; min ${compact(ratio.min)}, ${windows} windows (1/${Math.round(1 / ratio.median)})`,
    },
  ];
}

export function runEngineBench(): Record<string, number | string> {
  const cases = generateCases(2000);
  const interviews = cases.slice(0, 300);
  // Warm-up first: a cold first window understates the engine many times over.
  rate(() => {
    for (const facts of cases) assess(facts, { today: "2026-11-25" });
    for (const facts of interviews.slice(0, 30)) runOracle(facts);
  }, cases.length);
  const assessRate = rate(() => {
    for (const facts of cases) assess(facts, { today: "2026-11-25" });
  }, cases.length);
  const interviewRate = rate(() => {
    for (const facts of interviews) runOracle(facts);
  }, interviews.length);
  const dir = join(import.meta.dirname, "..", "spec", "cases");
  const screens = readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map(
      (file) => runOracle(parseCase(JSON.parse(readFileSync(join(dir, file), "utf8"))).facts).asked.length,
    );
  return {
    node: process.version,
    "assessments per second": Math.round(assessRate),
    "interviews per second": Math.round(interviewRate),
    "sample cases": screens.length,
    "screens per interview, median": summarize(screens).median,
    "screens per interview, max": Math.max(...screens),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.table(runEngineBench());
  recordRows(engineRows());
}
