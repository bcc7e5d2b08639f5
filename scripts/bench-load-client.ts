/**
 * The external load client of the server bench: autocannon in a process of its own, driven through its API so
 * that each connection can cycle through several requests (different bodies and languages), not one repeated
 * body. Reads its options as JSON from argv[2] and prints autocannon's result as JSON on stdout.
 */
import { createRequire } from "node:module";

export interface LoadRequest {
  readonly method?: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly duration?: number;
  readonly amount?: number;
  /** Each connection sends these in turn, over and over. */
  readonly requests: readonly LoadRequest[];
}

type Autocannon = (options: Record<string, unknown>) => Promise<unknown>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const options = JSON.parse(process.argv[2] ?? "{}") as LoadOptions;
const result = await autocannon({ ...options, requests: [...options.requests] });
process.stdout.write(JSON.stringify(result));
