import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DurablePostgres,
  durablePostgresUnavailable,
  freePort,
  startDurablePostgres,
} from "../testing/durable-postgres.ts";
import { SNAPSHOT } from "../testing/fixtures.ts";
import { killStartedServers, type ServerProcess, startServerProcess } from "../testing/server-process.ts";

/** The server gives up on a query after this long, so a frozen database turns into 503s quickly. */
const QUERY_TIMEOUT_MS = 1_500;
/** The goal: after the database is back, /readyz says ready within this. */
const READY_WITHIN_MS = 5_000;
/** Any request slower than this counts as hung. */
const HUNG_MS = 10_000;

interface Outcome {
  readonly kind: "create" | "page";
  readonly status: number;
  readonly ms: number;
  readonly contentType: string;
  readonly retryAfter: string | null;
}

/** Workers creating shares (and opening their pages) until stopped; every 201 is an acknowledged share. */
function shareLoad(base: string, workers: number) {
  const outcomes: Outcome[] = [];
  const acknowledged: string[] = [];
  let running = true;
  const timed = async (kind: Outcome["kind"], send: () => Promise<Response>) => {
    const begin = performance.now();
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      outcomes.push({
        kind,
        status: 0,
        ms: performance.now() - begin,
        contentType: String(cause ?? error),
        retryAfter: null,
      });
      return undefined;
    }
    const text = await response.text();
    outcomes.push({
      kind,
      status: response.status,
      ms: performance.now() - begin,
      contentType: response.headers.get("content-type") ?? "",
      retryAfter: response.headers.get("retry-after"),
    });
    return { status: response.status, text };
  };
  const worker = async (index: number) => {
    for (let round = 0; running && round < 100_000; round++) {
      const created = await timed("create", () =>
        fetch(`${base}/api/shares`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ snapshot: SNAPSHOT }),
          signal: AbortSignal.timeout(HUNG_MS),
        }),
      );
      if (created?.status === 201) acknowledged.push((JSON.parse(created.text) as { token: string }).token);
      const known = acknowledged[(round * 7 + index) % Math.max(1, acknowledged.length)];
      if (known && round % 3 === 0)
        await timed("page", () => fetch(`${base}/s/${known}`, { signal: AbortSignal.timeout(HUNG_MS) }));
      // A short breath so the load stays steady instead of spinning on instant 503s.
      await sleep(5);
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
  return {
    outcomes,
    acknowledged,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function readyWithin(base: string, limitMs: number): Promise<number> {
  const begin = performance.now();
  while (performance.now() - begin < limitMs * 2) {
    const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(HUNG_MS) }).catch(
      () => undefined,
    );
    await response?.arrayBuffer();
    if (response?.status === 200) return performance.now() - begin;
    await sleep(50);
  }
  return Number.POSITIVE_INFINITY;
}

const unavailable = durablePostgresUnavailable();

describe.skipIf(unavailable !== undefined)("PostgreSQL crashing and freezing under load", () => {
  let cluster: DurablePostgres | undefined;
  let server: ServerProcess;
  beforeAll(async () => {
    cluster = await startDurablePostgres(Number(process.env.FAULT_PG_PORT) || (await freePort()));
    server = await startServerProcess({
      DATABASE_URL: cluster.url,
      DATABASE_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      RATE_LIMITS: "off",
    });
  }, 120_000);
  afterAll(() => {
    killStartedServers();
    cluster?.destroy();
  });

  it("keeps the server alive, answers 503 (never 500) while it is down, is ready again within 5 s, and loses no acknowledged share", async () => {
    const db = cluster as DurablePostgres;
    const load = shareLoad(server.base, 4);
    const readyTimes: Record<string, number> = {};
    const faults: {
      name: string;
      hit(): void | Promise<void>;
      heal(): void | Promise<void>;
      downMs: number;
    }[] = [
      { name: "crash 1", hit: db.crash, heal: db.start, downMs: 1_500 },
      { name: "backend killed", hit: db.killOneBackend, heal: db.waitUntilAccepting, downMs: 300 },
      { name: "freeze 1", hit: db.freeze, heal: db.thaw, downMs: QUERY_TIMEOUT_MS + 1_500 },
      { name: "crash 2", hit: db.crash, heal: db.start, downMs: 1_500 },
      { name: "freeze 2", hit: db.freeze, heal: db.thaw, downMs: QUERY_TIMEOUT_MS + 1_500 },
    ];
    let sawDownPage = false;
    try {
      for (const fault of faults) {
        await sleep(800);
        await fault.hit();
        await sleep(fault.downMs);
        if (fault.name === "crash 1") {
          // While the database is down: the process answers, readiness says no, a doctor gets a page.
          expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
          const ready = await fetch(`${server.base}/readyz`);
          expect(ready.status).toBe(503);
          expect(ready.headers.get("retry-after")).toBe("5");
          const page = await fetch(`${server.base}/s/${load.acknowledged[0]}`);
          expect(page.status).toBe(503);
          expect(page.headers.get("content-type")).toMatch(/^text\/html/);
          expect(page.headers.get("retry-after")).toBe("5");
          expect(await page.text()).toContain("Nothing was lost");
          sawDownPage = true;
        }
        // The clock starts once the database accepts connections again; its own recovery is not ours.
        await fault.heal();
        readyTimes[fault.name] = Math.round(await readyWithin(server.base, READY_WITHIN_MS));
        expect(server.alive()).toBe(true);
      }
      await sleep(800);
    } finally {
      await load.stop();
    }
    console.info("ready again after (ms):", readyTimes);
    expect(sawDownPage).toBe(true);
    expect(server.alive()).toBe(true);
    for (const ms of Object.values(readyTimes)) expect(ms).toBeLessThanOrEqual(READY_WITHIN_MS);

    const statuses = new Map<string, number>();
    for (const outcome of load.outcomes) {
      const key = `${outcome.kind} ${outcome.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    console.info("outcomes:", Object.fromEntries(statuses));
    const failed = load.outcomes.filter((outcome) => outcome.status === 0);
    if (failed.length > 0) console.info("requests without an answer:", failed);
    // Only success or 503 with Retry-After: no 500, no dropped connection, nothing hung.
    for (const outcome of load.outcomes) {
      expect({ status: outcome.status, error: outcome.contentType }).toMatchObject({
        status: expect.toBeOneOf([outcome.kind === "create" ? 201 : 200, 503]),
      });
      expect(outcome.ms).toBeLessThan(HUNG_MS);
      if (outcome.status === 503) {
        expect(outcome.retryAfter).toBe("5");
        expect(outcome.contentType).toMatch(
          outcome.kind === "create" ? /^application\/problem\+json/ : /^text\/html/,
        );
      }
    }
    expect(load.outcomes.some((outcome) => outcome.status === 503)).toBe(true);
    expect(load.acknowledged.length).toBeGreaterThan(20);

    // Every share the server acknowledged survived the crashes.
    for (const token of load.acknowledged) {
      const response = await fetch(`${server.base}/api/shares/${token}`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { snapshot: unknown }).snapshot).toEqual(SNAPSHOT);
    }
    expect(server.lines.filter((line) => line.msg === "unhandled error")).toEqual([]);
  }, 120_000);
});
