/**
 * Web app benchmark, as a person on a slow phone meets it: the real server on loopback (compression as it is
 * served), headless Chromium with 4x CPU throttling and DevTools' "Slow 4G" network, a first visit each time
 * (no HTTP cache, no service worker). It measures the bytes on the wire for the first screen and the Largest
 * Contentful Paint of the home and result pages, beside a bare HTML page served under the same conditions in
 * the same run (the reference). Several runs after a warm-up; min and median.
 * `tsx --conditions=source scripts/bench-web.ts` prints it and records its rows for the combined table.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { ensureBuilt, startApp } from "../e2e/support/app-server.ts";
import { launchBrowser } from "../e2e/support/browser.ts";
import { answerCheck, loadCase, UI } from "../e2e/support/check-driver.ts";
import { type BenchRow, recordRows, summarize } from "./bench-table.ts";

/** Chrome DevTools' "Slow 4G" preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};
const CPU_THROTTLING = 4;

export interface PageLoad {
  readonly lcpMs: number;
  /** Bytes received for the page and everything it loaded by its load event. */
  readonly wireBytes: number;
}

async function throttled(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLING });
  return cdp;
}

const largestContentfulPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );

/** Loads `url` in `page` under the throttling and returns its LCP and the bytes that crossed the wire. */
async function measureLoad(
  context: BrowserContext,
  page: Page,
  url: string,
  ready: string,
): Promise<PageLoad> {
  const cdp = await throttled(context, page);
  let wireBytes = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    wireBytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "load" });
  // What the page needed to load; screens and helpers fetched later, when the browser is idle, do not count.
  const loadedBytes = wireBytes;
  await page.locator(ready).first().waitFor();
  const lcpMs = await largestContentfulPaint(page);
  await cdp.detach();
  return { lcpMs, wireBytes: loadedBytes };
}

function bareHtmlServer(): Promise<Server> {
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ' +
    'content="width=device-width, initial-scale=1"><title>Reference</title></head><body><main><h1>A bare page' +
    "</h1><p>The reference: one request, no script, no style sheet.</p></main></body></html>";
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(page);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function freshContext(
  browser: Browser,
  serviceWorkers: "allow" | "block" = "block",
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers,
    locale: "en-GB",
  });
}

async function homeLoad(browser: Browser, url: string): Promise<PageLoad> {
  const context = await freshContext(browser);
  try {
    return await measureLoad(context, await context.newPage(), `${url}/`, "main h1");
  } finally {
    await context.close();
  }
}

/**
 * The result page opened after a finished check. "cold": nothing cached, as if the address were opened on a
 * new device (the result lives only on the device, so it always needs the app's scripts); "returning": with
 * the offline copy the app installs on the first visit, as a person who comes back to their result meets it.
 */
async function resultLoad(browser: Browser, url: string, visit: "cold" | "returning"): Promise<PageLoad> {
  const context = await freshContext(browser, visit === "returning" ? "allow" : "block");
  try {
    const setup = await context.newPage();
    await setup.goto(`${url}/`);
    if (visit === "returning") {
      await setup.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await setup.reload();
    }
    await setup.getByRole("button", { name: UI.en.start.begin }).click();
    await answerCheck(setup, loadCase("sample-11").facts, "en");
    await setup.close();
    return await measureLoad(context, await context.newPage(), `${url}/result`, "article.result h1, main h1");
  } finally {
    await context.close();
  }
}

async function referenceLoad(browser: Browser, url: string): Promise<PageLoad> {
  const context = await freshContext(browser);
  try {
    return await measureLoad(context, await context.newPage(), url, "h1");
  } finally {
    await context.close();
  }
}

export async function runWebBench(runs = 5): Promise<BenchRow[]> {
  ensureBuilt();
  const app = await startApp();
  const reference = await bareHtmlServer();
  const referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}/`;
  const browser = await launchBrowser();
  const home: PageLoad[] = [];
  const result: PageLoad[] = [];
  const returning: PageLoad[] = [];
  const bare: PageLoad[] = [];
  try {
    // Warm-up: the server's and Chromium's first requests are slower than any later one.
    await homeLoad(browser, app.url);
    await referenceLoad(browser, referenceUrl);
    for (let run = 0; run < runs; run++) {
      bare.push(await referenceLoad(browser, referenceUrl));
      home.push(await homeLoad(browser, app.url));
      result.push(await resultLoad(browser, app.url, "cold"));
      returning.push(await resultLoad(browser, app.url, "returning"));
    }
  } finally {
    await browser.close();
    reference.close();
    await app.close();
  }
  const lcp = (loads: readonly PageLoad[]) => summarize(loads.map((load) => load.lcpMs));
  const kb = (loads: readonly PageLoad[]) => summarize(loads.map((load) => load.wireBytes / 1024));
  const [homeLcp, resultLcp, returningLcp, bareLcp] = [lcp(home), lcp(result), lcp(returning), lcp(bare)];
  const conditions = `${CPU_THROTTLING}x CPU, Slow 4G, ${runs} runs, min ${"{min}"} ms`;
  const detail = (summary: { min: number }) =>
    conditions.replace("{min}", Math.round(summary.min).toString());
  return [
    {
      part: "web",
      measure: "first screen over the wire (home, all requests)",
      value: kb(home).median,
      unit: "KB",
      detail: `result page ${kb(result).median.toFixed(1)} KB; bare page ${kb(bare).median.toFixed(1)} KB`,
      goal: { atMost: 40 },
    },
    {
      part: "web",
      measure: "LCP home page (median)",
      value: homeLcp.median,
      unit: "ms",
      detail: detail(homeLcp),
      goal: { atMost: 1500 },
    },
    {
      part: "web",
      measure: "LCP result page, returning with the offline copy (median)",
      value: returningLcp.median,
      unit: "ms",
      detail: detail(returningLcp),
      goal: { atMost: 1500 },
    },
    {
      part: "web",
      measure: "LCP result page, cold: nothing cached (median)",
      value: resultLcp.median,
      unit: "ms",
      detail: detail(resultLcp),
      goal: { atMost: 1500 },
    },
    {
      part: "web",
      measure: "LCP bare HTML page, the reference (median)",
      value: bareLcp.median,
      unit: "ms",
      detail: detail(bareLcp),
    },
    {
      part: "web",
      measure: "LCP home / bare page",
      value: homeLcp.median / bareLcp.median,
      detail: "same run",
    },
    {
      part: "web",
      measure: "LCP result / bare page",
      value: resultLcp.median / bareLcp.median,
      detail: "same run",
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  recordRows(await runWebBench(Number(process.env.BENCH_WEB_RUNS ?? 5)));
}
