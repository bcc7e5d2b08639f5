/**
 * Benchmark of reading a person's own words (issue 6): per-fact precision and recall over the data set, the
 * warning-sign figures, and how many interview screens the description saves. Run: npx tsx scripts/bench-understand.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { parseCase } from "@backtalk/engine";
import {
  type DatasetItem,
  type DatasetReport,
  evaluateDataset,
} from "../packages/engine/src/understand/metrics.ts";
import {
  type InterviewCase,
  median,
  screensWithDescription,
} from "../packages/engine/src/understand/screens.ts";

const root = new URL("../", import.meta.url);
const load = (path: string): DatasetItem[] => JSON.parse(readFileSync(new URL(path, root), "utf8"));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function printReport(title: string, report: DatasetReport): void {
  console.log(`\n## ${title}: ${report.items} descriptions`);
  console.log(
    `micro precision ${pct(report.micro.precision)}, recall ${pct(report.micro.recall)} (tp ${report.micro.tp}, fp ${report.micro.fp}, fn ${report.micro.fn})`,
  );
  const w = report.warningSigns;
  console.log(
    `warning signs: precision ${pct(w.precision)}, recall ${pct(w.recall)} (tp ${w.tp}, fp ${w.fp}, fn ${w.fn}); stated signs read as "no": ${report.deniedSigns.length}`,
  );
  console.log(
    `doubt ("not sure if"): precision ${pct(report.uncertain.precision)}, recall ${pct(report.uncertain.recall)}; language detected ${report.languageCorrect}/${report.items}`,
  );
  console.log("fact                              tp  fp  fn  precision  recall");
  for (const f of report.perFact.filter((f) => f.tp + f.fp + f.fn > 0)) {
    console.log(
      `${f.fact.padEnd(32)} ${String(f.tp).padStart(3)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)}  ${pct(f.precision).padStart(9)} ${pct(f.recall).padStart(7)}`,
    );
  }
  for (const e of report.errors)
    console.log(
      `  miss ${e.id} ${e.fact}: stated ${JSON.stringify(e.expected)}, read ${JSON.stringify(e.found)}`,
    );
}

const dataset = load("packages/engine/src/understand/dataset/descriptions.json");
const heldout = load("packages/engine/src/understand/dataset/heldout.json");
const started = performance.now();
printReport("Data set", evaluateDataset(dataset));
const perText = (performance.now() - started) / dataset.length;
printReport("Held-out set (written after the lexicon)", evaluateDataset(heldout));
console.log(`\nspeed: ${perText.toFixed(2)} ms per description (including scoring)`);

const casesDir = new URL("spec/cases/", root);
const samples: InterviewCase[] = readdirSync(casesDir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => {
    const c = parseCase(JSON.parse(readFileSync(new URL(file, casesDir), "utf8")));
    return { id: file, text: c.description ?? "", truth: c.facts };
  });
const fromDataset = (items: readonly DatasetItem[]): InterviewCase[] =>
  items.map((d) => ({
    id: d.id,
    text: d.text,
    truth: d.facts,
    ...(d.today ? { options: { today: d.today } } : {}),
  }));

for (const [title, cases] of [
  ["sample cases (full facts)", samples],
  [
    'data set (the facts each text states; the simulated person answers "don\'t know" to the rest)',
    fromDataset(dataset),
  ],
  ["held-out set", fromDataset(heldout)],
] as const) {
  const r = screensWithDescription(cases);
  const fewer = (n: number) => `${n} (${pct(1 - n / r.median.without)} fewer)`;
  console.log(`\n## Interview screens, ${title}: ${cases.length} cases`);
  console.log(
    `median screens without description ${r.median.without}; with it: confirm-first ${fewer(r.median.confirmFirst)}, prefill-only ${fewer(r.median.prefillOnly)}, hybrid ${fewer(r.median.hybrid)}`,
  );
  console.log(
    `final level changed: confirm-first ${r.levelChanged.confirmFirst.length}, prefill-only ${r.levelChanged.prefillOnly.length}, hybrid ${r.levelChanged.hybrid.length} ${JSON.stringify(r.levelChanged.hybrid)}`,
  );
  const mean = (k: "without" | "hybrid") =>
    (r.runs.reduce((sum, run) => sum + run[k], 0) / r.runs.length).toFixed(2);
  console.log(`mean screens without ${mean("without")}, hybrid ${mean("hybrid")}`);
  const q = (k: "questionsWithout" | "questionsHybrid") => median(r.runs.map((run) => run[k]));
  console.log(`median questions without ${q("questionsWithout")}, hybrid ${q("questionsHybrid")}`);
}
