/**
 * Server throughput as a client sees it: the real server process (as `npm start` runs it, logging on, its
 * log lines read from a pipe), loaded by autocannon in a process of its own, on loopback. Each endpoint is
 * warmed up, then measured in several short windows taken in turns (so a noisy moment hits every endpoint
 * alike); ratios are per window, reported as median and min. References in the same run: GET /healthz on
 * the same server and a bare hono route in its own process. Also: RSS after 100,000 assessments, share
 * creation on SQLite and on PostgreSQL (BENCH_PG_URL; a database that already has the tables).
 * Run: `npx tsx scripts/bench-server.ts` (BENCH_WINDOWS, BENCH_WINDOW_SECONDS, BENCH_ASSESS_COUNT tune it).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { assess } from "@backtalk/engine";
import { loadSampleCases } from "@backtalk/engine/testing/cases";
import { SERVER_NODE_FLAGS } from "../packages/server/src/node-flags.ts";
import type { LoadOptions, LoadRequest } from "./bench-load-client.ts";
import { type BenchRow, compact, recordRows, summarize } from "./bench-table.ts";

const ROOT = join(import.meta.dirname, "..");
const LOAD_CLIENT = join(ROOT, "scripts", "bench-load-client.ts");
const run = promisify(execFile);

interface Running {
  readonly base: string;
  readonly child: ChildProcess;
  /** Log lines the process has written so far. */
  lines(): number;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts a process that prints a JSON "listening" line with its port; its stdout is read and counted. */
const SERVER_BUNDLE = "packages/server/dist/main.js";
/** The server as `npm start` runs it: its Node flags, then the bundle. */
const SERVER = [...SERVER_NODE_FLAGS, SERVER_BUNDLE];

function startProcess(args: string[], env: Record<string, string>): Promise<Running> {
  // The server runs as `npm start` runs it (the built bundle); a TypeScript script through tsx.
  const runner = args.at(-1)?.endsWith(".ts") ? ["--conditions=source", "--import", "tsx"] : [];
  const child = spawn(process.execPath, [...runner, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let count = 0;
  let buffer = "";
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        count++;
        if (line.includes('"listening"')) {
          const port = (JSON.parse(line) as { port: number }).port;
          resolve({
            base: `http://127.0.0.1:${port}`,
            child,
            lines: () => count,
            rssMb: () => {
              const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
              return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
            },
            stop: () =>
              new Promise((done) => {
                child.removeAllListeners("exit");
                child.once("exit", () => done());
                child.kill("SIGTERM");
              }),
          });
        }
      }
    });
  });
}

interface Load {
  readonly url: string;
  /** Sent in turn by every connection; one plain GET when absent. */
  readonly requests?: readonly LoadRequest[];
}

interface Window {
  readonly perSecond: number;
  readonly requests: number;
  readonly failures: number;
  readonly p99Ms: number;
}

/** One autocannon run in its own process, for `seconds` or for `amount` requests. */
async function autocannon(
  load: Load,
  options: { seconds?: number; amount?: number; connections?: number },
): Promise<Window> {
  const client: LoadOptions = {
    url: load.url,
    connections: options.connections ?? 16,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 3 }),
    requests: load.requests ?? [{ method: "GET" }],
  };
  const { stdout } = await run(process.execPath, ["--import", "tsx", LOAD_CLIENT, JSON.stringify(client)], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as {
    requests: { total: number };
    duration: number;
    non2xx: number;
    errors: number;
    timeouts: number;
    latency: { p99: number };
  };
  return {
    perSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    p99Ms: result.latency.p99,
  };
}

/** Warm-up, then `windows` rounds in which every load runs once for `seconds`, in turn. */
async function windowsInTurn(
  loads: Record<string, Load>,
  windows: number,
  seconds: number,
): Promise<Record<string, Window[]>> {
  for (const load of Object.values(loads)) await autocannon(load, { seconds: 2 });
  const results: Record<string, Window[]> = Object.fromEntries(Object.keys(loads).map((name) => [name, []]));
  for (let round = 0; round < windows; round++)
    for (const [name, load] of Object.entries(loads))
      results[name]?.push(await autocannon(load, { seconds }));
  return results;
}

const ratioRow = (
  part: string,
  measure: string,
  top: readonly Window[],
  bottom: readonly Window[],
  goal?: BenchRow["goal"],
): BenchRow => {
  const ratios = top.map((window, index) => window.perSecond / (bottom[index]?.perSecond ?? Number.NaN));
  const { median, min } = summarize(ratios);
  const rate = (windows: readonly Window[]) => compact(summarize(windows.map((w) => w.perSecond)).median);
  const failures = [...top, ...bottom].reduce((sum, window) => sum + window.failures, 0);
  return {
    part,
    measure,
    value: median,
    ...(goal ? { goal } : {}),
    detail: `${rate(top)}/s vs ${rate(bottom)}/s; min ${compact(min)}, ${ratios.length} windows${failures ? `; ${failures} FAILED requests` : ""}`,
  };
};

const postJson = (body: string, language = "en"): LoadRequest => ({
  method: "POST",
  headers: { "content-type": "application/json", "accept-language": language },
  body,
});

/**
 * Every sample case, in English and in Spanish, sent in turn: varied bodies and answers (emergency to
 * self-care, open checks included), as real clients send, never one body repeated.
 */
const assessRequests = (): LoadRequest[] =>
  loadSampleCases().flatMap(({ case: sample }) =>
    ["en", "es"].map((language) =>
      postJson(JSON.stringify({ id: sample.id, facts: sample.facts }), language),
    ),
  );

export async function runServerBench(): Promise<BenchRow[]> {
  const windows = Number(process.env.BENCH_WINDOWS ?? 5);
  const seconds = Number(process.env.BENCH_WINDOW_SECONDS ?? 3);
  const assessCount = Number(process.env.BENCH_ASSESS_COUNT ?? 100_000);
  const sample =
    loadSampleCases().find(({ file }) => file === "sample-05.json")?.case ?? loadSampleCases()[0]!.case;
  const shareBody = JSON.stringify({
    snapshot: { assessment: assess(sample.facts), facts: sample.facts, lang: "en" },
  });
  const rows: BenchRow[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "backtalk-bench-"));
  const env = { DATA_DIR: dataDir, RATE_LIMITS: "off" };
  const server = await startProcess(SERVER, env);
  const bare = await startProcess(["scripts/bench-bare-hono.ts"], {});
  try {
    const loads = {
      assess: { url: `${server.base}/api/assess`, requests: assessRequests() },
      healthz: { url: `${server.base}/healthz` },
      bare: { url: `${bare.base}/` },
    };
    const measured = await windowsInTurn(loads, windows, seconds);
    const [assessW, healthzW, bareW] = [measured.assess ?? [], measured.healthz ?? [], measured.bare ?? []];
    rows.push(ratioRow("server", "POST /api/assess / GET /healthz", assessW, healthzW, { atLeast: 0.5 }));
    rows.push(ratioRow("server", "GET /healthz / bare hono route", healthzW, bareW));
    // Logging is on: every request writes one JSON line to the server's stdout, a pipe read here.
    const linesBefore = server.lines();
    const probe = await autocannon(loads.healthz, { amount: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    rows.push({
      part: "server",
      measure: "log lines per request (logging on)",
      value: (server.lines() - linesBefore) / probe.requests,
      unit: "count",
      detail: "one JSON line per request, written to stdout (a pipe)",
    });

    const big = await autocannon(loads.assess, { amount: assessCount, connections: 32 });
    rows.push({
      part: "server",
      measure: `RSS after ${compact(assessCount)} more assessments`,
      value: server.rssMb(),
      unit: "MB",
      goal: { atMost: 200 },
      detail: `bare hono after the same run: ${compact(bare.rssMb())} MB; ${big.failures} failed`,
    });

    const shares = await windowsInTurn(
      { share: { url: `${server.base}/api/shares`, requests: [postJson(shareBody)] } },
      3,
      seconds,
    );
    const shareRate = summarize((shares.share ?? []).map((w) => w.perSecond));
    rows.push({
      part: "server",
      measure: "POST /api/shares on SQLite (fsync per commit)",
      value: shareRate.median,
      unit: "req/s",
      detail: `min ${compact(shareRate.min)}; p99 ${summarize((shares.share ?? []).map((w) => w.p99Ms)).median} ms`,
    });
  } finally {
    await server.stop();
    await bare.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

/** Share creation on PostgreSQL, on a database that already has the tables (the bench migrates it first). */
export async function runPostgresBench(pgUrl: string): Promise<BenchRow[]> {
  const seconds = Number(process.env.BENCH_WINDOW_SECONDS ?? 3);
  const sample =
    loadSampleCases().find(({ file }) => file === "sample-05.json")?.case ?? loadSampleCases()[0]!.case;
  const shareBody = JSON.stringify({
    snapshot: { assessment: assess(sample.facts), facts: sample.facts, lang: "en" },
  });
  const rows: BenchRow[] = [];
  // Once to migrate (or find the tables already there), then again on the now certainly used database.
  const first = await startProcess(SERVER, {
    DATABASE_URL: pgUrl,
    RATE_LIMITS: "off",
  });
  await first.stop();
  const pg = await startProcess(SERVER, {
    DATABASE_URL: pgUrl,
    RATE_LIMITS: "off",
  });
  try {
    const shares = await windowsInTurn(
      {
        share: { url: `${pg.base}/api/shares`, requests: [postJson(shareBody)] },
        healthz: { url: `${pg.base}/healthz` },
      },
      3,
      seconds,
    );
    const rate = summarize((shares.share ?? []).map((w) => w.perSecond));
    const failures = (shares.share ?? []).reduce((sum, w) => sum + w.failures, 0);
    rows.push({
      part: "postgres",
      measure: "POST /api/shares on a used database",
      value: rate.median,
      unit: "req/s",
      detail: `min ${compact(rate.min)}; ${failures} failed; ratio to /healthz ${compact(
        rate.median / summarize((shares.healthz ?? []).map((w) => w.perSecond)).median,
      )}`,
    });
  } finally {
    await pg.stop();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL;
  recordRows(await runServerBench());
  if (pgUrl) recordRows(await runPostgresBench(pgUrl));
  else console.log("PostgreSQL skipped: set BENCH_PG_URL");
}
