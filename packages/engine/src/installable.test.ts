// The engine as an outsider gets it: packed, installed into an empty folder, run by plain Node (no tsx, no
// TypeScript source) and type-checked by a strict consumer. The example run is the one in README.md.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const README = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const TSC = join(REPO, "node_modules/.bin/tsc");

function readmeExample(): string {
  const block = /```js\n([\s\S]*?)```/.exec(README)?.[1];
  if (!block) throw new Error("README.md has no js example");
  return block;
}

describe("@backtalk/engine installed from its npm package", () => {
  let folder = "";
  const run = (command: string, args: readonly string[]) =>
    execFileSync(command, args, { cwd: folder, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "backtalk-engine-install-"));
    execFileSync("npm", ["pack", "-w", "@backtalk/engine", "--pack-destination", folder], {
      cwd: REPO,
      stdio: "ignore",
    });
    const tarball = readdirSync(folder).find((name) => name.endsWith(".tgz"));
    if (!tarball) throw new Error("npm pack wrote no tarball");
    writeFileSync(
      join(folder, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" }),
    );
    run("npm", [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      `./${tarball}`,
    ]);
  }, 180_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it("ships compiled JavaScript and declarations only", () => {
    const shipped = readdirSync(join(folder, "node_modules/@backtalk/engine/dist"), { recursive: true }).map(
      String,
    );
    expect(shipped).toContain("index.js");
    expect(shipped).toContain("index.d.ts");
    expect(shipped.filter((file) => file.endsWith(".test.js"))).toEqual([]);
  });

  it("runs the README example on plain Node", () => {
    writeFileSync(join(folder, "example.mjs"), readmeExample());
    const output = run(process.execPath, ["example.mjs"]);
    expect(output).toContain("emergency");
    expect(output).toContain("E1: bladderChange");
  }, 60_000);

  it("type-checks in a strict Node ESM consumer", () => {
    writeFileSync(
      join(folder, "consumer.ts"),
      [
        'import { assess, type Facts } from "@backtalk/engine";',
        "const facts: Facts = { age: 40, fever: true };",
        "const level: string | null = assess(facts).level;",
        "console.log(level);",
      ].join("\n"),
    );
    const options = {
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "ES2022",
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    };
    writeFileSync(
      join(folder, "tsconfig.json"),
      JSON.stringify({ compilerOptions: options, files: ["consumer.ts"] }),
    );
    expect(() => run(TSC, ["-p", "."])).not.toThrow();
  }, 120_000);
});
