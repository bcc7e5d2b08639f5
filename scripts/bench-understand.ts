/**
 * Benchmark of reading a person's own words: precision and recall per fact over the tuning set and over the
 * held-out third that no tuning ever read (English and Spanish apart, warning signs apart), the time
 * understand() takes per description, and how many interview screens the description saves.
 * `tsx scripts/bench-understand.ts` prints it; `runUnderstandBench()` returns it for scripts/bench.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseCase, understand } from "@backtalk/engine";
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
import { type BenchRow, recordRows, summarize } from "./bench-table.ts";

const root = new URL("../", import.meta.url);
const load = (path: string): DatasetItem[] => JSON.parse(readFileSync(new URL(path, root), "utf8"));

export interface UnderstandBenchResult {
  readonly dataset: DatasetReport;
  readonly heldout: DatasetReport;
  /** The held-out third by language. */
  readonly heldoutByLang: { readonly en: DatasetReport; readonly es: DatasetReport };
  /** understand() alone per description: median and min of several windows after a warm-up. */
  readonly msPerText: number;
  readonly msPerTextMin: number;
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
  const dataset = load("packages/engine/src/understand/dataset/tuning.json");
  const heldout = load("packages/engine/src/understand/dataset/untouched.json");
  const timing = timeUnderstand([...dataset, ...heldout]);
  return {
    dataset: evaluateDataset(dataset),
    heldout: evaluateDataset(heldout),
    heldoutByLang: {
      en: evaluateDataset(heldout.filter((item) => item.lang === "en")),
      es: evaluateDataset(heldout.filter((item) => item.lang === "es")),
    },
    msPerText: timing.median,
    msPerTextMin: timing.min,
    screens: {
      samples: screensWithDescription(sampleCases()),
      dataset: screensWithDescription(fromDataset(dataset)),
      heldout: screensWithDescription(fromDataset(heldout)),
    },
  };
}

/** ms per description for understand() alone: one warm-up pass, then the median and min of 7 passes. */
function timeUnderstand(items: readonly DatasetItem[]): { median: number; min: number } {
  const read = () => {
    for (const item of items) understand(item.text, item.today ? { today: item.today } : {});
  };
  read();
  const windows: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    read();
    windows.push((performance.now() - started) / items.length);
  }
  const { median, min } = summarize(windows);
  return { median, min };
}

/** The goals on the held-out third, in the shared bench table. */
function heldoutRows(result: UnderstandBenchResult): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [lang, report] of Object.entries(result.heldoutByLang)) {
    const w = report.warningSigns;
    const counts = `tp ${w.tp}, fp ${w.fp}, fn ${w.fn}; ${report.items} descriptions`;
    const signsGoal = (measure: "recall" | "precision", atLeast: number): BenchRow => ({
      part: "understand",
      measure: `held-out ${lang}: warning-sign ${measure}`,
      value: w[measure],
      unit: "count",
      detail: counts,
      goal: { atLeast },
    });
    rows.push(
      signsGoal("recall", 0.97),
      signsGoal("precision", 0.95),
      {
        part: "understand",
        measure: `held-out ${lang}: denied signs read as present`,
        value: report.negatedSignsReadAsPresent.length,
        unit: "count",
        goal: { atMost: 0 },
      },
      {
        part: "understand",
        measure: `held-out ${lang}: all facts recall`,
        value: report.micro.recall,
        unit: "count",
        detail: `precision ${report.micro.precision.toFixed(3)}`,
      },
    );
  }
  rows.push({
    part: "understand",
    // The machine is shared and noisy: the least disturbed window is the best estimate of the cost.
    measure: "understand() per description (best of 7 windows)",
    value: result.msPerTextMin,
    unit: "ms",
    detail: `median ${result.msPerText.toFixed(3)} ms; ${result.dataset.items + result.heldout.items} descriptions a window`,
    goal: { atMost: 2 },
  });
  return rows;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Prints a report; `showMisses: false` keeps the held-out misses unread, so nobody tunes on them. */
function printReport(title: string, report: DatasetReport, showMisses = true): void {
  const { micro, warningSigns: w } = report;
  console.log(`\n## ${title}: ${report.items} descriptions`);
  console.log(
    `micro precision ${pct(micro.precision)}, recall ${pct(micro.recall)} (tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn})`,
  );
  console.log(
    `warning signs: precision ${pct(w.precision)}, recall ${pct(w.recall)} (tp ${w.tp}, fp ${w.fp}, fn ${w.fn}); ` +
      `stated signs read as "no": ${report.deniedSigns.length}; denied signs read as present: ${report.negatedSignsReadAsPresent.length}`,
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
  if (!showMisses) return;
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
  printReport("Tuning set (the lexicon was tuned on it)", result.dataset);
  printReport("Held-out third, English (never read while tuning)", result.heldoutByLang.en, false);
  printReport("Held-out third, Spanish (never read while tuning)", result.heldoutByLang.es, false);
  console.log(
    `\nspeed: understand() alone, ${result.msPerTextMin.toFixed(3)} ms per description in the best window, ${result.msPerText.toFixed(3)} ms median`,
  );
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
  console.log("");
  recordRows(heldoutRows(result));
}
