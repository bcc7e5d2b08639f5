/**
 * The doctor report with a year of check-ins: course, report model, FHIR Bundle and PDF built by the engine,
 * timed over several runs. Run: `npx tsx scripts/bench-report.ts`.
 */
import { pathToFileURL } from "node:url";
import { buildReport, courseOf, generateDiary, toFhirBundle } from "@backtalk/engine";
import { renderReportPdf } from "@backtalk/engine/report-pdf";

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function time(run: () => unknown, rounds: number): Promise<number> {
  const runs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await run();
    runs.push(performance.now() - started);
  }
  return Math.round(median(runs) * 10) / 10;
}

export async function runReportBench(checkIns = 1000): Promise<Record<string, number | string>> {
  const today = "2026-11-25";
  const diary = generateDiary({ checkIns, seed: 7, today });
  const report = buildReport(diary, { today, lang: "en" });
  return {
    node: process.version,
    "check-ins": diary.checkIns.length,
    "courseOf, ms (median of 9)": await time(() => courseOf(diary, { today }), 9),
    "buildReport, ms": await time(() => buildReport(diary, { today, lang: "en" }), 9),
    "toFhirBundle, ms": await time(() => toFhirBundle(report), 9),
    "renderReportPdf, ms": await time(() => renderReportPdf(report), 5),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.table(await runReportBench());
