/**
 * The diary and the doctor report in the web app with a year of check-ins (1,000, from the engine's
 * generateDiary), timed in headless Chromium on the built app: from the screen's start to its pain chart
 * drawn (IndexedDB read, course or report model, render, uPlot). `tsx scripts/bench-diary.ts` prints it;
 * `runDiaryBench()` returns it for scripts/bench.sh.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateDiary, localDate } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { ensureBuilt, startApp } from "../e2e/support/app-server.ts";
import { launchBrowser } from "../e2e/support/browser.ts";
import { DIARY_UI } from "../e2e/support/diary-driver.ts";

export interface DiaryBenchResult {
  readonly checkIns: number;
  readonly cpuThrottling: number;
  /** Diary screen: start to chart drawn, every run and the median. */
  readonly diary: { readonly runsMs: readonly number[]; readonly medianMs: number };
  /** Diary chart switched to "Everything" (all 1,000 points): click to chart drawn again. */
  readonly diaryAll: { readonly runsMs: readonly number[]; readonly medianMs: number };
  /** Doctor report screen: start to chart drawn. */
  readonly report: { readonly runsMs: readonly number[]; readonly medianMs: number };
  readonly server: "server" | "static";
}

export interface DiaryBenchOptions {
  readonly checkIns?: number;
  readonly runs?: number;
  readonly cpuThrottling?: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Milliseconds from one performance mark to another, waiting for the second. */
async function between(page: Page, from: string, to: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, to, {
    timeout: 60_000,
  });
  return page.evaluate(
    ([start, end]) => {
      const first = performance.getEntriesByName(start as string)[0];
      const last = performance.getEntriesByName(end as string)[0];
      return first && last ? Math.round(last.startTime - first.startTime) : Number.NaN;
    },
    [from, to],
  );
}

/** Clicks "Everything" on the diary chart and times the redraw with every check-in. */
async function showAll(page: Page): Promise<number> {
  const label = DIARY_UI.en.chart.all;
  await page.evaluate((name) => {
    const button = [...document.querySelectorAll("button")].find((each) => each.textContent === name);
    performance.mark("backtalk:bench-all");
    button?.click();
  }, label);
  await page.waitForFunction(() => performance.getEntriesByName("backtalk:chart-drawn:diary").length > 1);
  return page.evaluate(() => {
    const start = performance.getEntriesByName("backtalk:bench-all")[0];
    const end = performance.getEntriesByName("backtalk:chart-drawn:diary")[1];
    return start && end ? Math.round(end.startTime - start.startTime) : Number.NaN;
  });
}

export async function runDiaryBench(options: DiaryBenchOptions = {}): Promise<DiaryBenchResult> {
  const checkIns = options.checkIns ?? 1000;
  const runs = options.runs ?? 5;
  const cpuThrottling = options.cpuThrottling ?? 1;
  ensureBuilt();
  const folder = mkdtempSync(join(tmpdir(), "backtalk-bench-"));
  const file = join(folder, "diary.json");
  // A person's own diary (not marked as example data), ending today.
  const { demo: _demo, ...diary } = generateDiary({ checkIns, seed: 11, today: localDate(new Date()) });
  writeFileSync(file, JSON.stringify(diary));
  const app = await startApp();
  const browser = await launchBrowser();
  const result = { diary: [] as number[], diaryAll: [] as number[], report: [] as number[] };
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const words = DIARY_UI.en.data;
    await page.goto(`${app.url}/my-data`);
    await page.getByLabel(words.fileLabel).setInputFiles(file);
    await page.getByRole("button", { name: words.import, exact: true }).click();
    await page.getByText(/^Imported:/).waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
    for (let run = 0; run < runs; run++) {
      await page.goto(`${app.url}/diary`);
      result.diary.push(await between(page, "backtalk:diary-start", "backtalk:chart-drawn:diary"));
      result.diaryAll.push(await showAll(page));
      await page.goto(`${app.url}/report`);
      result.report.push(await between(page, "backtalk:report-start", "backtalk:chart-drawn:report"));
    }
    await context.close();
  } finally {
    await browser.close();
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    checkIns,
    cpuThrottling,
    diary: { runsMs: result.diary, medianMs: median(result.diary) },
    diaryAll: { runsMs: result.diaryAll, medianMs: median(result.diaryAll) },
    report: { runsMs: result.report, medianMs: median(result.report) },
    server: app.kind,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const cpuThrottling of [1, 4]) {
    const result = await runDiaryBench({ cpuThrottling });
    const line = (name: string, part: DiaryBenchResult["diary"]) =>
      `${name}: ${part.medianMs} ms median to chart drawn (runs ${part.runsMs.join(", ")} ms)`;
    console.log(
      `diary bench, ${result.checkIns} check-ins, ${cpuThrottling}x CPU (${result.server} on 127.0.0.1; aim < 1000 ms)`,
    );
    console.log(`  ${line("diary screen (last 12 weeks)", result.diary)}`);
    console.log(`  ${line("diary chart, all check-ins", result.diaryAll)}`);
    console.log(`  ${line("doctor report", result.report)}`);
  }
}
