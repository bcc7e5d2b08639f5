/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Longest line a regular expression may take: longer ones are composed from named parts instead. */
const MAX = 160;
const root = new URL("../../../../", import.meta.url);
/** Language catalogs hold sentences, not patterns. */
const CATALOG = /(?:^|\/)(?:locales|i18n)\//;
/** A line with a pattern: the lexicons' word lists and rx`…`, a RegExp, or a regex literal. */
const PATTERN_FILE = /(?:^|\/)(?:lexicon[\w.]*|temperature)\.ts$/;
const PATTERN_LINE =
  /rx`|alt`|new RegExp\(|(?:^|[=(,:!&|?]\s*)\/(?![/*])(?:\\.|\[(?:\\.|[^\]])*\]|[^/\\\n])+\/[dgimsuy]*/;

/** Every TypeScript source of the packages, scripts and browser tests (no dependencies, no builds). */
function sourceFiles(): string[] {
  const folders = ["packages", "scripts", "e2e"];
  return folders.flatMap((folder) =>
    (readdirSync(new URL(folder, root), { recursive: true }) as string[])
      .map((file) => `${folder}/${file.replaceAll("\\", "/")}`)
      .filter((file) => file.endsWith(".ts") && !/node_modules|\/dist\//.test(file) && !CATALOG.test(file)),
  );
}

describe("pattern lines stay readable", () => {
  it(`no regular expression line is over ${MAX} characters outside the language catalogs`, () => {
    const long: string[] = [];
    for (const file of sourceFiles()) {
      const lines = readFileSync(new URL(file, root), "utf8").split("\n");
      lines.forEach((line, i) => {
        if (line.length > MAX && (PATTERN_FILE.test(file) || PATTERN_LINE.test(line))) {
          long.push(`${file}:${i + 1} (${line.length})`);
        }
      });
    }
    expect(long).toEqual([]);
  });

  it("notices a long pattern line", () => {
    expect(PATTERN_LINE.test(`re: rx\`\\b${"word|".repeat(40)}\``)).toBe(true);
    expect(PATTERN_LINE.test(`  const re = /${"a|".repeat(90)}/g;`)).toBe(true);
    expect(PATTERN_LINE.test(`"A sentence in a catalog, with a slash / and more words"`)).toBe(false);
  });
});
