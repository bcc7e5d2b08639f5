// Test support only: drives `backtalk` through a real pseudo-terminal (util-linux `script`), as a person would.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/backtalk.js", import.meta.url));
export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes is the point
const ESCAPES = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\r/g;

/** A `backtalk` process on a 100x40 pseudo-terminal, with its screen output as plain text. */
export class TerminalSession {
  private readonly child: ChildProcess;
  private raw = "";
  readonly exited: Promise<number>;

  constructor(args: readonly string[], env: Record<string, string> = {}) {
    const quoted = [BIN, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(" ");
    this.child = spawn("script", ["-qfec", `stty cols 100 rows 40; exec node ${quoted}`, "/dev/null"], {
      cwd: REPO,
      env: { ...process.env, TERM: "xterm-256color", NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (chunk: Buffer) => {
      this.raw += chunk.toString("utf8");
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code ?? -1)));
  }

  /** Everything shown so far, without escape codes. */
  get text(): string {
    return this.raw.replace(ESCAPES, "");
  }

  /** Waits until `pattern` appears in the output after `from` (a length of `text`); returns where it starts. */
  async waitFor(pattern: RegExp, from = 0, timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.text.slice(from).search(pattern);
      if (index >= 0) return from + index;
      if (Date.now() > deadline)
        throw new Error(`no ${pattern} on screen; last output:\n${this.text.slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  /** Types keys, then gives the prompt a moment to redraw. */
  async type(keys: string): Promise<void> {
    this.child.stdin?.write(keys);
    await new Promise((resolve) => setTimeout(resolve, 120));
  }

  kill(): void {
    this.child.kill();
  }
}
