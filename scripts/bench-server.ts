/**
 * Server throughput on loopback: POST /api/assess (a mix of the sample cases) against GET /healthz on the
 * same server in the same run, and POST /api/shares on SQLite and (with TEST_PG_URL or BENCH_PG_URL) on
 * PostgreSQL. Each load is bounded by a request count and a time limit, with a fixed number of requests in
 * flight. Rate limiting is off (one client would hit it at once); logging is off (it would measure stdout).
 * Run: `npx tsx scripts/bench-server.ts`, or call runServerBench() from scripts/bench.ts.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { assess } from "@backtalk/engine";
import { loadSampleCases } from "@backtalk/engine/testing/cases";
import { serve } from "@hono/node-server";
import pg from "pg";
import { createApp } from "../packages/server/src/app.ts";
import { migrateToLatest } from "../packages/server/src/db/migrations.ts";
import { type DatabaseTarget, openDatabase } from "../packages/server/src/db/open-database.ts";
import { silentLogger } from "../packages/server/src/logger.ts";

export interface LoadResult {
  readonly name: string;
  readonly requests: number;
  readonly failures: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface ServerBenchOptions {
  /** Requests per load (default 5000); a load also stops after `maxSeconds`. */
  readonly requests?: number;
  readonly shareRequests?: number;
  readonly maxSeconds?: number;
  /** Requests in flight at once (default 16). */
  readonly concurrency?: number;
  /** PostgreSQL for the share-creation load; skipped when absent. */
  readonly pgUrl?: string | undefined;
}

export interface ServerBenchResult {
  readonly node: string;
  readonly loads: readonly LoadResult[];
  /** Assessments per second divided by health checks per second. */
  readonly assessToHealthz: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs `send(i)` `count` times with `concurrency` in flight, stopping early after `maxSeconds`. */
async function load(
  name: string,
  send: (i: number) => Promise<Response>,
  expected: number,
  count: number,
  concurrency: number,
  maxSeconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const begin = performance.now();
      const response = await send(i);
      await response.arrayBuffer();
      latencies.push(performance.now() - begin);
      if (response.status !== expected) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    failures,
    seconds: round(seconds),
    perSecond: Math.round(latencies.length / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
  };
}

interface Running {
  readonly base: string;
  stop(): Promise<void>;
}

/** The real app on a real database, listening on 127.0.0.1 on a free port, in this process. */
async function startServer(target: DatabaseTarget): Promise<Running> {
  const database = openDatabase(target);
  await migrateToLatest(database.db);
  const app = createApp({ db: database, logger: silentLogger, rateLimits: false });
  const server = await new Promise<Server>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () =>
      resolve(listening as Server),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
  };
}

const postJson = (url: string, body: string) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });

export async function runServerBench(options: ServerBenchOptions = {}): Promise<ServerBenchResult> {
  const count = options.requests ?? 5000;
  const shareCount = options.shareRequests ?? 2000;
  const concurrency = options.concurrency ?? 16;
  const maxSeconds = options.maxSeconds ?? 20;
  const cases = loadSampleCases().map(({ case: sample }) =>
    JSON.stringify({ id: sample.id, facts: sample.facts }),
  );
  const sample = loadSampleCases()[0]!.case;
  const snapshot = JSON.stringify({
    snapshot: { assessment: assess(sample.facts), facts: sample.facts, lang: "en" },
  });

  const loads: LoadResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), "backtalk-bench-"));
  try {
    const sqlite = await startServer({ kind: "sqlite", file: join(dir, "backtalk.sqlite") });
    try {
      // Warm up the JIT and the connection pool so the first load is not penalised.
      await load(
        "warm-up",
        (i) => postJson(`${sqlite.base}/api/assess`, cases[i % cases.length]!),
        200,
        500,
        concurrency,
        5,
      );
      const send = (i: number) => postJson(`${sqlite.base}/api/assess`, cases[i % cases.length]!);
      loads.push(await load("POST /api/assess (sample mix)", send, 200, count, concurrency, maxSeconds));
      const health = () => fetch(`${sqlite.base}/healthz`);
      loads.push(await load("GET /healthz", health, 200, count, concurrency, maxSeconds));
      const share = () => postJson(`${sqlite.base}/api/shares`, snapshot);
      loads.push(await load("POST /api/shares (SQLite)", share, 201, shareCount, concurrency, maxSeconds));
    } finally {
      await sqlite.stop();
    }

    if (options.pgUrl) {
      const schema = `bench_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: options.pgUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      try {
        const postgres = await startServer({ kind: "postgres", url: options.pgUrl, searchPath: schema });
        try {
          const share = () => postJson(`${postgres.base}/api/shares`, snapshot);
          await load("warm-up", share, 201, 200, concurrency, 5);
          loads.push(
            await load("POST /api/shares (PostgreSQL)", share, 201, shareCount, concurrency, maxSeconds),
          );
        } finally {
          await postgres.stop();
        }
      } finally {
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rate = (name: string) => loads.find((entry) => entry.name.startsWith(name))?.perSecond ?? Number.NaN;
  return {
    node: process.version,
    loads,
    assessToHealthz: round(rate("POST /api/assess") / rate("GET /healthz"), 3),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await runServerBench({ pgUrl: process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL });
  console.table(result.loads);
  console.log(`assess / healthz throughput ratio: ${result.assessToHealthz} (${result.node})`);
  if (!process.env.BENCH_PG_URL && !process.env.TEST_PG_URL)
    console.log("PostgreSQL skipped: set BENCH_PG_URL");
}
