import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SERVER_NODE_FLAGS } from "../../packages/server/src/node-flags.ts";
import { startStaticServer } from "./static-server.ts";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const WEB_DIST = join(ROOT, "packages/web/dist");
/** The server as `npm start` runs it: the bundle `npm run build` makes. */
const SERVER_MAIN = join(ROOT, "packages/server/dist/main.js");

export interface RunningApp {
  readonly url: string;
  readonly kind: "server" | "static";
  close(): Promise<void>;
}

/** Builds the web app when there is no build yet (CI builds before the e2e run; set E2E_BUILD=1 to force). */
export function ensureBuilt(): void {
  const built = existsSync(join(WEB_DIST, "index.html")) && existsSync(SERVER_MAIN);
  if (built && process.env.E2E_BUILD !== "1") return;
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 150));
  }
  return false;
}

/**
 * Serves the built app on 127.0.0.1 the way README's `npm start` does: the real server package with a
 * throwaway data folder; a small static server only when the real one cannot start.
 */
export async function startApp(): Promise<RunningApp> {
  ensureBuilt();
  if (existsSync(SERVER_MAIN) && process.env.E2E_STATIC !== "1") {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "backtalk-e2e-"));
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_MAIN], {
      cwd: ROOT,
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATA_DIR: dataDir, WEB_ROOT: WEB_DIST },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const url = `http://127.0.0.1:${port}`;
    if (await waitForHttp(`${url}/`, child, 20_000)) {
      return {
        url,
        kind: "server",
        close: async () => {
          if (child.exitCode === null) {
            const exited = new Promise((done) => child.once("exit", done));
            child.kill("SIGTERM");
            await exited;
          }
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    }
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    process.stderr.write(
      `e2e: the server did not start, using the static server instead.\n${stderr.slice(-2000)}\n`,
    );
  }
  const server = await startStaticServer(WEB_DIST);
  return { url: server.url, kind: "static", close: server.close };
}
