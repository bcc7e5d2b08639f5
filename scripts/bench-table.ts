/**
 * The one results table every benchmark part feeds. Each part calls recordRows(): the rows are printed at
 * once under the part's heading and, when BENCH_ROWS names a file (bench.sh sets it), appended to it as JSON
 * lines. `npx tsx scripts/bench-table.ts <file>` then prints every part's rows as one table, each measured
 * value beside its goal.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";

/** A goal on a measured value: at least or at most a bound, in the row's unit. */
export type Goal = { readonly atLeast: number } | { readonly atMost: number };

export interface BenchRow {
  /** Which part measured it: "engine", "server", "postgres", "web", ... */
  readonly part: string;
  /** What the value is, e.g. "assess() / plain if-statements (median)". */
  readonly measure: string;
  readonly value: number;
  /** "x" for a ratio (the default), or "MB", "ms", "KB", "s", "count". */
  readonly unit?: string;
  /** Raw figures behind a ratio, e.g. "312k/s vs 3.5M/s; min 0.081". */
  readonly detail?: string;
  readonly goal?: Goal;
}

/** Min and median of several measurement windows (the median is the figure to quote; min shows the spread). */
export function summarize(values: readonly number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2
        ? (sorted[middle] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** 3 significant digits, thousands as "k" and millions as "M" (1234567 -> "1.23M"). */
export function compact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toPrecision(3)}M`;
  if (abs >= 1e4) return `${(value / 1e3).toPrecision(3)}k`;
  return Number(value.toPrecision(3)).toString();
}

const goalText = (goal: Goal | undefined, unit: string): string =>
  goal === undefined
    ? ""
    : "atLeast" in goal
      ? `>= ${compact(goal.atLeast)}${unit}`
      : `<= ${compact(goal.atMost)}${unit}`;

/** Met, missed, or "" when the row has no goal. */
export function verdict(row: BenchRow): string {
  if (row.goal === undefined) return "";
  if (!Number.isFinite(row.value)) return "MISSED";
  const met = "atLeast" in row.goal ? row.value >= row.goal.atLeast : row.value <= row.goal.atMost;
  return met ? "met" : "MISSED";
}

/** The rows as one aligned plain-text table. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ["part", "measure", "value", "goal", "", "detail"];
  const body = rows.map((row) => {
    const unit = row.unit ?? "x";
    const shownUnit = unit === "x" || unit === "count" ? (unit === "x" ? "x" : "") : ` ${unit}`;
    return [
      row.part,
      row.measure,
      `${compact(row.value)}${shownUnit}`,
      goalText(row.goal, shownUnit),
      verdict(row),
      row.detail ?? "",
    ];
  });
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((cells) => (cells[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

/** Prints a part's rows now and keeps them for the combined table when BENCH_ROWS is set. */
export function recordRows(rows: readonly BenchRow[], file = process.env.BENCH_ROWS): void {
  console.log(formatTable(rows));
  if (file) appendFileSync(file, rows.map((row) => `${JSON.stringify(row)}\n`).join(""));
}

export function readRows(file: string): BenchRow[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as BenchRow);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2] ?? process.env.BENCH_ROWS;
  if (!file) throw new Error("usage: tsx scripts/bench-table.ts <rows.jsonl>");
  const rows = readRows(file);
  console.log(formatTable(rows));
  const missed = rows.filter((row) => verdict(row) === "MISSED").length;
  const goals = rows.filter((row) => row.goal !== undefined).length;
  console.log(`\n${goals - missed} of ${goals} goals met.`);
  // Ratios hold up under load better than raw rates, but a busy machine still moves them: say how busy it was.
  console.log(
    `Load average now (1, 5, 15 min): ${loadavg()
      .map((load) => load.toFixed(2))
      .join(", ")}`,
  );
}
