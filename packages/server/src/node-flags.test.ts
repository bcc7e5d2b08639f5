import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "./node-flags.ts";

const startScript = (packageJson: URL): string =>
  (JSON.parse(readFileSync(packageJson, "utf8")) as { scripts: { start: string } }).scripts.start;

describe("the server's Node flags", () => {
  it.each([
    [
      "the repository's npm start",
      new URL("../../../package.json", import.meta.url),
      "packages/server/dist/main.js",
    ],
    ["the server package's npm start", new URL("../package.json", import.meta.url), "dist/main.js"],
  ])("%s runs the bundle with them", (_, packageJson, bundle) => {
    expect(startScript(packageJson)).toContain(`node ${SERVER_NODE_FLAGS.join(" ")} ${bundle}`);
  });

  it("keep the young generation small under a stream of short-lived objects", () => {
    // V8 grows each semi-space to 16 MB under this churn by default; the new space holds two of them.
    const churn = `let keep = [];
      for (let i = 0; i < 2e6; i++) { keep.push({ i, s: "x" + i }); if (keep.length > 20000) keep = []; }
      const space = require("node:v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
      process.stdout.write(String(space.space_size / 1048576));`;
    const newSpaceMb = (flags: readonly string[]) =>
      Number(execFileSync(process.execPath, [...flags, "-e", churn], { encoding: "utf8" }));
    expect(newSpaceMb([])).toBeGreaterThan(16);
    expect(newSpaceMb(SERVER_NODE_FLAGS)).toBeLessThanOrEqual(8);
  });
});
