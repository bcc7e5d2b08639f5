/**
 * Web app benchmark: the first screen's JavaScript (gzip) and its Largest Contentful Paint in headless
 * Chromium with 4x CPU throttling, served on loopback by the real server (static fallback as in e2e).
 * `tsx scripts/bench-web.ts` prints it; `runWebBench()` returns it for scripts/bench.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { ensureBuilt, startApp, WEB_DIST } from "../e2e/support/app-server.ts";
import { launchBrowser } from "../e2e/support/browser.ts";

export interface WebBenchResult {
  /** JavaScript the first screen loads before it renders: the entry script and its module preloads. */
  readonly firstScreenJs: {
    readonly files: readonly string[];
    readonly gzipBytes: number;
    readonly rawBytes: number;
  };
  readonly lcp: {
    readonly runsMs: readonly number[];
    readonly medianMs: number;
    readonly cpuThrottling: number;
  };
  readonly server: "server" | "static";
}

export interface WebBenchOptions {
  readonly runs?: number;
  readonly cpuThrottling?: number;
}

/** Files named by the built index.html: the module entry and every modulepreload. */
export function firstScreenJs(dist = WEB_DIST): WebBenchResult["firstScreenJs"] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] as string);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(dist, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files, gzipBytes, rawBytes };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export async function runWebBench(options: WebBenchOptions = {}): Promise<WebBenchResult> {
  const runs = options.runs ?? 5;
  const cpuThrottling = options.cpuThrottling ?? 4;
  ensureBuilt();
  const js = firstScreenJs();
  const app = await startApp();
  const browser = await launchBrowser();
  const runsMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: no service worker or HTTP cache, like a first visit.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
      await page.goto(`${app.url}/`, { waitUntil: "load" });
      await page.locator("main h1").waitFor();
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      runsMs.push(Math.round(lcp));
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return { firstScreenJs: js, lcp: { runsMs, medianMs: median(runsMs), cpuThrottling }, server: app.kind };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runWebBench();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `web: first screen JS ${kb(result.firstScreenJs.gzipBytes)} gzip (${kb(result.firstScreenJs.rawBytes)} raw, ` +
      `${result.firstScreenJs.files.length} files; budget 60 KB)`,
  );
  console.log(
    `web: LCP median ${result.lcp.medianMs} ms at ${result.lcp.cpuThrottling}x CPU throttling ` +
      `(runs ${result.lcp.runsMs.join(", ")} ms; ${result.server} on 127.0.0.1; aim < 1000 ms)`,
  );
}
