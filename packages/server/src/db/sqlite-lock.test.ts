import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SNAPSHOT } from "../testing/fixtures.ts";
import { killStartedServers, startServerProcess } from "../testing/server-process.ts";
import { DatabaseUnavailableError } from "./database-faults.ts";
import { migrateToLatest } from "./migrations.ts";
import { openDatabase } from "./open-database.ts";
import { ShareStore } from "./share-store.ts";

const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** Another process (a backup tool, a second server) that takes the write lock and keeps it until killed. */
function holdWriteLock(file: string): Promise<ChildProcess> {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.prepare("BEGIN IMMEDIATE").run();
    process.stdout.write("locked\\n");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script, file], {
    cwd: PACKAGE_DIR,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

const stopHolder = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

const newShare = () => ({
  token_hash: Math.random().toString(16).slice(2).padEnd(64, "0"),
  secret_hash: "0".repeat(64),
  snapshot: "{}",
  created_at: "2026-03-02T09:00:00.000Z",
  expires_at: "2026-04-02T09:00:00.000Z",
});

describe("SQLite while another process holds the write lock", () => {
  const dirs: string[] = [];
  const holders: ChildProcess[] = [];
  afterEach(async () => {
    killStartedServers();
    for (const holder of holders.splice(0)) await stopHolder(holder);
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempFile = () => {
    const dir = mkdtempSync(join(tmpdir(), "backtalk-lock-"));
    dirs.push(dir);
    return join(dir, "backtalk.sqlite");
  };

  it("a write waits off the event loop and ends in DatabaseUnavailableError; the loop never stalls 100 ms", async () => {
    const file = tempFile();
    const database = openDatabase({ kind: "sqlite", file });
    await migrateToLatest(database.db);
    const store = new ShareStore(database.db);
    const holder = await holdWriteLock(file);
    holders.push(holder);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = performance.now();
    await expect(store.insert(newShare())).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(database.ping()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    clearInterval(ticker);
    delay.disable();
    const waitedMs = performance.now() - started;
    const stallMs = delay.max / 1e6;
    console.info(
      `while locked: waited ${Math.round(waitedMs)} ms, timer ran ${ticks} times, longest stall ${stallMs.toFixed(1)} ms`,
    );
    // It did wait (retrying) before giving up, and meanwhile the event loop kept turning: with a 5 s busy
    // timeout the timer would not have run once. (Stall figures on a loaded machine include CPU starvation,
    // so the bound here is loose; npm run bench reports the figure.)
    expect(waitedMs).toBeGreaterThan(1_000);
    expect(ticks).toBeGreaterThan(20);
    expect(stallMs).toBeLessThan(1_000);

    // Once the other process lets go, writes and readiness work again without reopening anything.
    await stopHolder(holder);
    holders.splice(0);
    await store.insert(newShare());
    await database.ping();
    await database.close();
  });

  it("a lock released during the retries lets the write through", async () => {
    const file = tempFile();
    const database = openDatabase({ kind: "sqlite", file });
    await migrateToLatest(database.db);
    const holder = await holdWriteLock(file);
    const insert = new ShareStore(database.db).insert(newShare());
    await sleep(300);
    await stopHolder(holder);
    await insert;
    const reader = new SQLite(file, { readonly: true });
    expect(reader.prepare("select count(*) as n from shares").get()).toEqual({ n: 1 });
    reader.close();
    await database.close();
  });

  it("the server keeps answering /healthz at once, says not ready, and answers share writes 503 with Retry-After", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "backtalk-lock-server-"));
    dirs.push(dataDir);
    const server = await startServerProcess({ DATA_DIR: dataDir, RATE_LIMITS: "off" });
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
    // One share first, so the measurement is about the lock, not about the route's first run.
    const warm = await fetch(`${server.base}/api/shares`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ snapshot: SNAPSHOT }),
    });
    expect(warm.status).toBe(201);
    holders.push(await holdWriteLock(join(dataDir, "backtalk.sqlite")));

    const latencies: number[] = [];
    let writing = true;
    const healthProbe = (async () => {
      for (let i = 0; writing && i < 1_000; i++) {
        const begin = performance.now();
        expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
        latencies.push(performance.now() - begin);
        await sleep(10);
      }
    })();
    const writes = await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${server.base}/api/shares`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ snapshot: SNAPSHOT }),
        }),
      ),
    );
    const ready = await fetch(`${server.base}/readyz`);
    writing = false;
    await healthProbe;

    for (const write of writes) {
      expect(write.status).toBe(503);
      expect(write.headers.get("retry-after")).toBe("5");
      expect(write.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    expect(ready.status).toBe(503);
    const slowest = Math.max(...latencies);
    console.info(`/healthz while locked: ${latencies.length} probes, slowest ${slowest.toFixed(1)} ms`);
    // Before, each probe waited out the 5 s busy timeout; a loaded CI machine still answers well under this
    // (quiet, the slowest probe is well under 100 ms).
    expect(slowest).toBeLessThan(1_500);

    for (const holder of holders.splice(0)) await stopHolder(holder);
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
    expect(server.alive()).toBe(true);
  });
});
