import { type FieldIssue, ValidationError } from "@backtalk/engine";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { RETRY_AFTER_SECONDS } from "../db/database-faults.ts";
import type { AppEnv } from "../env.ts";

/** One bad field of an RFC 9457 problem: where (JSON Pointer and dotted path), a stable code, what is allowed. */
export interface ProblemField {
  readonly pointer: string;
  readonly path: string;
  readonly code: string;
  readonly detail: string;
}

export interface ProblemInit {
  readonly status: ContentfulStatusCode;
  /** Short slug; the problem's `type` links to its explanation in the API docs. */
  readonly slug: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: readonly ProblemField[];
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Thrown anywhere while handling a request; the app's error handler turns it into
 * `application/problem+json`. Anything else thrown becomes a 500 (and a test failure).
 */
export class HttpProblem extends Error {
  readonly init: ProblemInit;
  constructor(init: ProblemInit) {
    super(init.detail ?? init.title);
    this.name = "HttpProblem";
    this.init = init;
  }
}

/** "state.steps[0].answers.fever" -> "/state/steps/0/answers/fever" (RFC 6901, with ~ and / escaped). */
export function toPointer(path: string): string {
  if (path === "") return "";
  const tokens: string[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) tokens.push(match[1] ?? match[2] ?? "");
  return tokens.map((token) => `/${token.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

export const field = (path: string, code: string, detail: string): ProblemField => ({
  pointer: toPointer(path),
  path,
  code,
  detail,
});

/** Joins a prefix such as "state.steps[2]" and an engine issue path such as "answers.fever". */
export const joinPath = (prefix: string, path: string): string =>
  prefix === ""
    ? path
    : path === ""
      ? prefix
      : path.startsWith("[")
        ? `${prefix}${path}`
        : `${prefix}.${path}`;

export function invalidInput(issues: readonly FieldIssue[], prefix = ""): HttpProblem {
  const errors = issues.map((issue) => field(joinPath(prefix, issue.path), issue.code, issue.message));
  return new HttpProblem({
    status: 422,
    slug: "invalid-input",
    title: "The request body is not valid",
    detail: errors.map((error) => `${error.path || "(body)"}: ${error.detail}`).join("; "),
    errors,
  });
}

/** Runs `parse`; an engine ValidationError becomes a 422 problem naming each field under `prefix`. */
export function validated<T>(parse: () => T, prefix = ""): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ValidationError) throw invalidInput(error.issues, prefix);
    throw error;
  }
}

export function problemResponse(c: Context<AppEnv>, init: ProblemInit): Response {
  const body = {
    type: `/api/docs#problem-${init.slug}`,
    title: init.title,
    status: init.status,
    ...(init.detail ? { detail: init.detail } : {}),
    ...(init.errors ? { errors: init.errors } : {}),
    ...(c.get("requestId") ? { requestId: c.get("requestId") } : {}),
  };
  for (const [name, value] of Object.entries(init.headers ?? {})) c.header(name, value);
  c.header("Content-Type", "application/problem+json; charset=utf-8");
  c.header("Cache-Control", "no-store");
  return c.body(JSON.stringify(body), init.status);
}

export const notFound = (detail = "There is nothing at this address."): HttpProblem =>
  new HttpProblem({ status: 404, slug: "not-found", title: "Not found", detail });

/** The database cannot answer right now (down, restarting, frozen or locked); the request can be repeated. */
export const databaseUnavailable = (): HttpProblem =>
  new HttpProblem({
    status: 503,
    slug: "database-unavailable",
    title: "Saved data cannot be reached right now",
    detail: `nothing was lost; try again in ${RETRY_AFTER_SECONDS} seconds`,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
  });

/** A query parameter (or an operation's parameter) that is missing or not valid: 400 naming it. */
export const badQuery = (name: string, message: string): HttpProblem =>
  new HttpProblem({
    status: 400,
    slug: "invalid-query",
    title: "A query parameter is not valid",
    detail: `${name}: ${message}`,
    errors: [field(name, "invalid_value", message)],
  });
