// Test support only: the real server process (node + tsx, as `npm start` runs it) on a free loopback port.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SERVER_NODE_FLAGS } from "../node-flags.ts";

const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly base: string;
  /** Every JSON log line so far. */
  readonly lines: Record<string, unknown>[];
  /** Resolves with the exit code once the process is gone. */
  readonly exited: Promise<number | null>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** What it wrote for people on stderr so far. */
  said(): string;
}

const started: ChildProcess[] = [];

/** Kills every server a test started and left running (call it from afterEach). */
export function killStartedServers(): void {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** Starts the server with `env` (plus HOST and PORT=0) and resolves once it logs "listening". */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, "--conditions=source", "--import", "tsx", "src/main.ts"],
    {
      cwd: PACKAGE_DIR,
      env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  started.push(child);
  const lines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = JSON.parse(buffer.slice(0, newline)) as Record<string, unknown>;
        lines.push(line);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        if (line.msg === "listening")
          resolve({ child, base: `http://127.0.0.1:${line.port}`, lines, exited, alive, said: () => stderr });
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
}
