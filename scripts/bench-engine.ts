/**
 * Engine throughput: cases assessed per second and interviews completed per second on generated cases,
 * plus the median and maximum number of screens over the sample cases. Run: `npx tsx scripts/bench-engine.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assess, FACT_IDS, FACT_KINDS, type Facts, parseCase, runOracle } from "@backtalk/engine";
import { seededRandom } from "../packages/engine/src/report/demo-diary.ts";

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

function perSecond(work: () => void, items: number, minMs = 1000): number {
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    work();
    rounds++;
  }
  return (rounds * items * 1000) / (performance.now() - start);
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export function runEngineBench(): Record<string, number | string> {
  const cases = generateCases(2000);
  const interviews = cases.slice(0, 300);
  const assessRate = perSecond(() => {
    for (const facts of cases) assess(facts, { today: "2026-11-25" });
  }, cases.length);
  const interviewRate = perSecond(() => {
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
    "screens per interview, median": median(screens),
    "screens per interview, max": Math.max(...screens),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(runEngineBench());
