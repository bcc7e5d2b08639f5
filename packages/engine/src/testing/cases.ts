/// <reference types="node" />
// Test support only (Node APIs allowed here): the engine source itself stays free of I/O.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Case, type Level, parseCase } from "@backtalk/engine";

/** The repository's copy of the shared sample cases. */
export const SAMPLE_CASES_DIR = fileURLToPath(new URL("../../../../spec/cases/", import.meta.url));

export interface SampleCase {
  /** File name, e.g. "sample-01.json"; names the case in test titles. */
  readonly file: string;
  readonly case: Case & { readonly expected: NonNullable<Case["expected"]> };
}

/**
 * Every sample case, validated against the schema, in file-name order. Throws when a case has no `expected`.
 * @example for (const { file, case: c } of loadSampleCases()) console.log(file, c.expected.level);
 */
export function loadSampleCases(dir: string = SAMPLE_CASES_DIR): SampleCase[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort();
  return files.map((file) => {
    const parsed = parseCase(JSON.parse(readFileSync(join(dir, file), "utf8")), [file]);
    if (!parsed.expected) throw new Error(`${file} has no "expected" block`);
    return { file, case: { ...parsed, expected: parsed.expected } };
  });
}

/** The part of a result that a case's expectation speaks about; engine, CLI JSON and API JSON all have it. */
export interface ResultShape {
  readonly level: Level | null;
  readonly rules: readonly { readonly id: string; readonly facts: readonly string[] }[];
  readonly causes: readonly { readonly id: string }[];
}

/** A case's `expected` block, as far as a result is checked against it. */
export interface Expectation {
  readonly level: Level;
  readonly acceptable?: readonly Level[] | undefined;
  readonly reasonFindings?: readonly string[] | undefined;
  readonly topCause?: string | undefined;
}

/**
 * What a result gets wrong against a case's `expected` (empty when it is right): the level (or an acceptable
 * one), every reason fact cited by some fired rule, and the top cause.
 */
export function expectationFailures(result: ResultShape, expected: Expectation): string[] {
  const failures: string[] = [];
  const levels = [expected.level, ...(expected.acceptable ?? [])];
  if (result.level === null || !levels.includes(result.level)) {
    failures.push(`level ${String(result.level)}, expected ${levels.join(" or ")}`);
  }
  const cited = new Set(result.rules.flatMap((rule) => rule.facts));
  for (const fact of expected.reasonFindings ?? []) {
    if (!cited.has(fact)) failures.push(`no fired rule cites "${fact}"`);
  }
  const top = result.causes[0]?.id;
  if (expected.topCause !== undefined && top !== expected.topCause) {
    failures.push(`top cause ${String(top)}, expected ${expected.topCause}`);
  }
  return failures;
}
