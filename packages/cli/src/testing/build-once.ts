// Test support only: the CLI tests run the real binary, which runs the compiled bundle; build it from the
// current source first so a test never runs yesterday's code.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function buildCli(): void {
  const cwd = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync("npm", ["run", "build", "--silent"], { cwd, stdio: "inherit" });
}
