// Test support only: a PostgreSQL cluster of its own with durable settings (fsync, synchronous commit,
// full page writes: the defaults), so that tests may crash and freeze it. Needs the PostgreSQL binaries and
// root (the cluster runs as the postgres user, as scripts/pg-up.sh does).
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

const BIN_ROOT = "/usr/lib/postgresql";

function binDir(): string | undefined {
  if (!existsSync(BIN_ROOT)) return undefined;
  const versions = readdirSync(BIN_ROOT)
    .filter((version) => existsSync(join(BIN_ROOT, version, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions[versions.length - 1];
  return newest ? join(BIN_ROOT, newest, "bin") : undefined;
}

/** Why a durable cluster cannot run here, or undefined when it can. */
export function durablePostgresUnavailable(): string | undefined {
  if (!binDir()) return "PostgreSQL binaries not found";
  if (process.getuid?.() !== 0) return "needs root to run the cluster as the postgres user";
  return undefined;
}

/** A free loopback port (the cluster binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface DurablePostgres {
  readonly url: string;
  readonly dataDir: string;
  /** kill -9 of the postmaster and every backend, as in a machine or container crash. */
  crash(): Promise<void>;
  /** kill -9 of one backend: the postmaster drops every connection and recovers by itself. */
  killOneBackend(): void;
  /** SIGSTOP / SIGCONT of every process of the cluster: it accepts TCP connections but answers nothing. */
  freeze(): Promise<void>;
  thaw(): void;
  /** Starts the cluster (after crash(): crash recovery replays the WAL) and waits until it accepts connections. */
  start(): Promise<void>;
  /** Waits (up to a minute) until the cluster accepts connections again, e.g. after its own crash recovery. */
  waitUntilAccepting(): Promise<void>;
  /** Stops the cluster and deletes its files. */
  destroy(): void;
}

const run = promisify(execFile);
/** Asynchronous, so a test's load client keeps running while the cluster restarts. */
const shAsync = (command: string, args: string[]) =>
  run("runuser", ["-u", "postgres", "--", command, ...args], { timeout: 60_000 });
const sh = (command: string, args: string[]) =>
  execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe", timeout: 60_000 });

/** Creates and starts a cluster on `port` in a fresh folder; resolves with its URL (database backtalk). */
export async function startDurablePostgres(port: number): Promise<DurablePostgres> {
  const bin = binDir();
  if (!bin) throw new Error("PostgreSQL binaries not found");
  const dataDir = `/tmp/backtalk-durable-pg-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  execFileSync("install", ["-d", "-o", "postgres", "-g", "postgres", "-m", "700", dataDir]);
  sh(join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8"]);
  const options = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on`;
  const start = async () => {
    const args = ["-D", dataDir, "-l", join(dataDir, "log"), "-w", "-t", "60", "-o", options, "start"];
    try {
      await shAsync(join(bin, "pg_ctl"), args);
    } catch (error) {
      const logFile = join(dataDir, "log");
      const log = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-2000) : "";
      throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`);
    }
  };
  await start();
  sh(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "backtalk"]);

  const postmaster = () => Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = (pid: number): number[] => {
    try {
      return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
        .split("\n")
        .map((line) => Number(line.trim()))
        .filter((child) => child > 0);
    } catch {
      return []; // ps exits 1 when there are none
    }
  };
  const signal = (pids: readonly number[], name: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // already gone
      }
    }
  };
  /**
   * Stops the postmaster first so it cannot fork a backend we would miss (children each run in their own
   * session, so there is no process group to signal at once), lets a fork in progress finish, then
   * signals every child and finally the postmaster.
   */
  const signalAll = async (name: NodeJS.Signals) => {
    const main = postmaster();
    signal([main], "SIGSTOP");
    await sleep(50);
    signal(children(main), name);
    signal([main], name);
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/backtalk`,
    dataDir,
    crash: async () => {
      const main = postmaster();
      await signalAll("SIGKILL");
      // A new postmaster refuses to start while the old pid exists, so wait until init has reaped it.
      for (let wait = 0; existsSync(`/proc/${main}`) && wait < 200; wait++) await sleep(50);
      if (existsSync(`/proc/${main}`))
        throw new Error(`postmaster ${main} is still there: ${readFileSync(`/proc/${main}/stat`, "utf8")}`);
    },
    killOneBackend: () => {
      const main = postmaster();
      // The postmaster's children include its helpers; a client backend is the one with a database connection.
      const backends = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(main)], { encoding: "utf8" })
        .split("\n")
        .filter((line) => / backtalk /.test(line))
        .map((line) => Number(line.trim().split(/\s+/)[0]));
      const victim = backends[0] ?? children(main)[0];
      if (victim) process.kill(victim, "SIGKILL");
    },
    freeze: () => signalAll("SIGSTOP"),
    thaw: () => {
      const main = postmaster();
      signal(children(main), "SIGCONT");
      signal([main], "SIGCONT");
    },
    start,
    waitUntilAccepting: async () => {
      for (let attempt = 0; attempt < 600; attempt++) {
        try {
          await run(join(bin, "pg_isready"), ["-q", "-h", "127.0.0.1", "-p", String(port)]);
          return;
        } catch {
          await sleep(100);
        }
      }
      throw new Error("PostgreSQL did not come back within a minute");
    },
    destroy: () => {
      try {
        sh(join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } catch {
        // not running
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
