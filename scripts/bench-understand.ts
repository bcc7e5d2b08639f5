/**
 * Benchmark of reading a person's own words (issue 6): precision and recall per fact over the data set, the
 * warning-sign figures, and how many interview screens the description saves.
 * `tsx scripts/bench-understand.ts` prints it; `runUnderstandBench()` returns it for scripts/bench.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseCase } from "@backtalk/engine";
import {
  type DatasetItem,
  type DatasetReport,
  evaluateDataset,
} from "../packages/engine/src/understand/metrics.ts";
import {
  type InterviewCase,
  type ScreensReport,
  screensWithDescription,
} from "../packages/engine/src/understand/screens.ts";
import { type BenchRow, recordRows } from "./bench-table.ts";

const root = new URL("../", import.meta.url);
const load = (path: string): DatasetItem[] => JSON.parse(readFileSync(new URL(path, root), "utf8"));

export interface UnderstandBenchResult {
  readonly dataset: DatasetReport;
  readonly heldout: DatasetReport;
  /** Mean time to read one description of the data set. */
  readonly msPerText: number;
  readonly screens: {
    readonly samples: ScreensReport;
    readonly dataset: ScreensReport;
    readonly heldout: ScreensReport;
  };
}

const fromDataset = (items: readonly DatasetItem[]): InterviewCase[] =>
  items.map((d) => ({
    id: d.id,
    text: d.text,
    truth: d.facts,
    ...(d.today ? { options: { today: d.today } } : {}),
  }));

function sampleCases(): InterviewCase[] {
  const dir = new URL("spec/cases/", root);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const c = parseCase(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
      return { id: file, text: c.description ?? "", truth: c.facts };
    });
}

export function runUnderstandBench(): UnderstandBenchResult {
  const dataset = load("packages/engine/src/understand/dataset/descriptions.json");
  const heldout = load("packages/engine/src/understand/dataset/heldout.json");
  const started = performance.now();
  const datasetReport = evaluateDataset(dataset);
  const msPerText = (performance.now() - started) / dataset.length;
  return {
    dataset: datasetReport,
    heldout: evaluateDataset(heldout),
    msPerText,
    screens: {
      samples: screensWithDescription(sampleCases()),
      dataset: screensWithDescription(fromDataset(dataset)),
      heldout: screensWithDescription(fromDataset(heldout)),
    },
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function printReport(title: string, report: DatasetReport): void {
  const { micro, warningSigns: w } = report;
  console.log(`\n## ${title}: ${report.items} descriptions`);
  console.log(
    `micro precision ${pct(micro.precision)}, recall ${pct(micro.recall)} (tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn})`,
  );
  console.log(
    `warning signs: precision ${pct(w.precision)}, recall ${pct(w.recall)} (tp ${w.tp}, fp ${w.fp}, fn ${w.fn}); ` +
      `stated signs read as "no": ${report.deniedSigns.length}`,
  );
  console.log(
    `doubt: precision ${pct(report.uncertain.precision)}, recall ${pct(report.uncertain.recall)}; ` +
      `language detected ${report.languageCorrect}/${report.items}`,
  );
  console.log("fact                              tp  fp  fn  precision  recall");
  for (const f of report.perFact.filter((f) => f.tp + f.fp + f.fn > 0)) {
    const counts = [f.tp, f.fp, f.fn].map((n) => String(n).padStart(3)).join(" ");
    console.log(
      `${f.fact.padEnd(32)} ${counts}  ${pct(f.precision).padStart(9)} ${pct(f.recall).padStart(7)}`,
    );
  }
  for (const e of report.errors) {
    console.log(
      `  miss ${e.id} ${e.fact}: stated ${JSON.stringify(e.expected)}, read ${JSON.stringify(e.found)}`,
    );
  }
}

/** Screens after a description beside screens without one, per set: the goal is a median of at most 3. */
function screensRows(sets: readonly (readonly [string, ScreensReport])[]): BenchRow[] {
  return sets.flatMap(([name, r]) => [
    {
      part: "own words",
      measure: `median screens after a description, ${name}`,
      value: r.median.withDescription,
      unit: "count",
      detail: `without a description ${r.median.without}; ${r.runs.length} cases`,
      goal: { atMost: 3 },
    },
    {
      part: "own words",
      measure: `final level differs from the true facts' level, ${name}`,
      value: r.levelChanged.length,
      unit: "count",
      goal: { atMost: 0 },
    },
  ]);
}

function printScreens(title: string, r: ScreensReport): void {
  const fewer = (n: number) => `${n} (${pct(1 - n / r.median.without)} fewer)`;
  console.log(`\n## Interview screens, ${title}: ${r.runs.length} cases`);
  console.log(
    `median screens without the description ${r.median.without}; with it ${fewer(r.median.withDescription)}`,
  );
  console.log(
    `median questions without ${r.medianQuestions.without}; with it ${r.medianQuestions.withDescription}`,
  );
  const prefilled = r.runs.reduce((sum, run) => sum + run.prefilled, 0) / r.runs.length;
  console.log(`answers pre-filled from the words, mean per case: ${prefilled.toFixed(1)}`);
  console.log(`final level changed: ${r.levelChanged.length} (must be 0)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runUnderstandBench();
  printReport("Data set (the lexicon was tuned on it)", result.dataset);
  printReport(
    "Held-out set (written after the lexicon; see README for its scores before tuning)",
    result.heldout,
  );
  console.log(`\nspeed: ${result.msPerText.toFixed(2)} ms per description (reading and scoring)`);
  printScreens("sample cases (full facts)", result.screens.samples);
  printScreens(
    'data set (the person answers "don\'t know" to what the text does not state)',
    result.screens.dataset,
  );
  printScreens("held-out set", result.screens.heldout);
  recordRows(
    screensRows([
      ["sample cases", result.screens.samples],
      ["data set", result.screens.dataset],
      ["held-out set", result.screens.heldout],
    ]),
  );
}
