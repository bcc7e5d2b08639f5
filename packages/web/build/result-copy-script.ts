import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { copyKey, showResultCopy } from "../src/result-copy/early.ts";
import { ROUTES } from "../src/routes.ts";
import { DB_NAME } from "../src/storage/db-name.ts";

const SOURCES = ["../src", "../../engine/src"].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

/**
 * What a kept result copy is valid for, besides the stored data: this build of the app and engine. A digest
 * of their sources, so a release that could draw a result differently never shows an older release's copy.
 */
export function buildId(): string {
  const digest = createHash("sha256");
  for (const dir of SOURCES) {
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (!/\.(ts|tsx|json)$/.test(name)) continue;
      digest.update(name).update(readFileSync(join(dir, name)));
    }
  }
  return digest.digest("base64url").slice(0, 16);
}

/** The inline script that paints the kept copy of the result screen (src/result-copy/early.ts). */
export function resultCopyScript(build: string): string {
  const args = [
    JSON.stringify(build),
    JSON.stringify(DB_NAME),
    JSON.stringify(ROUTES.result),
    String(copyKey),
  ];
  return `(${String(showResultCopy)})(${args.join(",")});`;
}

/** Writes the script after #app in every page, where it runs once the page's own markup is there. */
export function resultCopy(script: string): Plugin {
  return {
    name: "backtalk-result-copy",
    apply: "build",
    transformIndexHtml: () => [{ tag: "script", children: script, injectTo: "body" }],
  };
}
