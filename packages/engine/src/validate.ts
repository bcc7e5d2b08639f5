import type * as z from "zod/mini";
import { type FactValues, unknownValues, valuesOf } from "./conditions/fact-values.ts";
import { FACT_IDS, FACT_KINDS, type FactKind } from "./schema/fact-kinds.ts";
import {
  type Case,
  caseSchema,
  type FactId,
  type Facts,
  type FactValue,
  factsSchema,
} from "./schema/vocabulary.ts";

/** One bad field: where it is, a stable code, and what is allowed there. */
export interface FieldIssue {
  /** Dotted path to the field, e.g. "facts.age" or "[2].facts.fever". Empty for the whole document. */
  readonly path: string;
  readonly code: string;
  /** Plain English for developers and API clients, naming the field and what is allowed. */
  readonly message: string;
}

export class ValidationError extends Error {
  readonly issues: readonly FieldIssue[];
  constructor(issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.path || "(input)"}: ${issue.message}`).join("; "));
    this.name = "ValidationError";
    this.issues = issues;
  }
}

export function describeKind(kind: FactKind): string {
  switch (kind.type) {
    case "boolean":
      return "true or false (leave the fact out when unknown)";
    case "integer":
      return kind.max === undefined
        ? `a whole number of at least ${kind.min}`
        : `a whole number from ${kind.min} to ${kind.max}`;
    case "choice":
      return `one of ${kind.options.map((option) => `"${option}"`).join(", ")}`;
    case "choices":
      return `a non-empty list without repeats of ${kind.options.map((option) => `"${option}"`).join(", ")}`;
  }
}

const joinPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    "",
  );

const UNITS: Record<string, string> = { string: " characters long", array: " items long" };
const FORMATS: Record<string, string> = {
  datetime: "an ISO 8601 date-time with a time zone, e.g. 2026-11-25T09:30:00+01:00",
  date: "an ISO 8601 date, e.g. 2026-11-25",
};

const typeName = (expected: unknown): string =>
  expected === "object" ? "a JSON object" : `of type ${String(expected)}`;

/** The value at `path` inside `input`, or undefined when any step is missing. */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      isJsonObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

function toIssues(
  error: z.core.$ZodError,
  input: unknown,
  prefix: readonly PropertyKey[],
  rootIsFacts: boolean,
): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      const inFacts = path[path.length - 1] === "facts" || (rootIsFacts && issue.path.length === 0);
      return issue.keys.map((key) => ({
        path: joinPath([...path, key]),
        code: "unknown_field",
        message: inFacts
          ? `"${key}" is not a known fact; known facts are ${FACT_IDS.join(", ")}`
          : key in FACT_KINDS
            ? `"${key}" is a fact: send it inside "facts", e.g. {"facts": {"${key}": ...}}`
            : `"${key}" is not allowed here`,
      }));
    }
    const field = [...issue.path].reverse().find((key): key is string => typeof key === "string");
    const kind = field && field in FACT_KINDS ? FACT_KINDS[field as FactId] : undefined;
    const expected =
      issue.code === "invalid_type" && (issue.path.length === 0 || !kind)
        ? `${issue.path.length > 0 && valueAt(input, issue.path) === undefined ? "is required and " : ""}must be ${typeName(issue.expected)}`
        : kind
          ? `must be ${describeKind(kind)}`
          : issue.code === "invalid_value"
            ? `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`
            : issue.code === "too_big" || issue.code === "too_small"
              ? `must be ${issue.code === "too_big" ? "at most" : "at least"} ${String(issue.code === "too_big" ? issue.maximum : issue.minimum)}${UNITS[issue.origin] ?? ""}`
              : issue.code === "invalid_format"
                ? `must be ${FORMATS[issue.format] ?? `in ${issue.format} format`}`
                : issue.code === "custom"
                  ? `must be valid: ${issue.message}`
                  : "must be valid";
    return [{ path: joinPath(path), code: issue.code, message: expected }];
  });
}

/** A JSON object (not null, not an array): the one shape check code outside a schema needs. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Parses with any engine schema, throwing a ValidationError that names each bad field under `prefix`. */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, prefix: readonly PropertyKey[]): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(toIssues(result.error, input, prefix, (schema as unknown) === factsSchema));
}

/**
 * Gathers the issues of several validations, so one error can name every bad field of a request:
 * `collect(run)` returns what `run` returns, or undefined after keeping its ValidationError's issues.
 */
export function issueCollector(): {
  readonly issues: FieldIssue[];
  collect<T>(run: () => T): T | undefined;
} {
  const issues: FieldIssue[] = [];
  return {
    issues,
    collect(run) {
      try {
        return run();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push(...error.issues);
        return undefined;
      }
    },
  };
}

/** What one fact's value is checked against, judged exactly as the facts schema does; one shape for all. */
interface ValueCheck {
  /** Where the value goes in FactValues. */
  readonly index: number;
  readonly type: FactKind["type"];
  readonly min: number;
  readonly max: number;
  readonly options: ReadonlySet<unknown>;
}

const checkOf = (kind: FactKind, index: number): ValueCheck => ({
  index,
  type: kind.type,
  min: kind.type === "integer" ? kind.min : 0,
  max: kind.type === "integer" ? (kind.max ?? Number.MAX_SAFE_INTEGER) : 0,
  options: new Set(kind.type === "choice" || kind.type === "choices" ? kind.options : []),
});

/** True when a given value (never undefined: not answered is never tested) fits its fact. */
function fits(check: ValueCheck, value: unknown): boolean {
  switch (check.type) {
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return Number.isSafeInteger(value) && (value as number) >= check.min && (value as number) <= check.max;
    case "choice":
      return typeof value === "string" && check.options.has(value);
    case "choices": {
      if (!Array.isArray(value) || value.length === 0) return false;
      // An index loop, not every(): a hole in a sparse array is a missing item, which the schema rejects.
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (!check.options.has(item) || value.indexOf(item) !== index) return false;
      }
      return true;
    }
  }
}

/** Fact id to the check of its value; a Map, so an inherited name such as "constructor" is never a fact. */
const CHECKS: ReadonlyMap<string, ValueCheck> = new Map(
  FACT_IDS.map((id, index) => [id, checkOf(FACT_KINDS[id], index)]),
);

/** An object literal or JSON.parse result: no class, no inherited keys that the schema would read. */
function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The values of facts the schema certainly accepts, read in one pass: a plain object whose every key is a
 * known fact with a fitting value. Anything else (a class instance, an unknown key, a bad value) gives
 * undefined and goes to the schema, which gives the verdict and names each bad field. This keeps validation
 * cheap on the hot path of assess().
 */
export function plainFactValues(input: unknown): FactValues | undefined {
  if (!isPlainObject(input)) return undefined;
  const keys = Object.keys(input);
  const values = unknownValues();
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const check = CHECKS.get(key);
    if (check === undefined) return undefined;
    const value = input[key];
    if (value === undefined) continue;
    if (!fits(check, value)) return undefined;
    values[check.index] = value as FactValue;
  }
  return values;
}

/** True only for facts the schema certainly accepts (see plainFactValues). */
export const plainValidFacts = (input: unknown): input is Facts => plainFactValues(input) !== undefined;

/** Validates facts (case.schema.json `facts`). Unknown facts are rejected, not ignored. */
export const parseFacts = (input: unknown, path: readonly PropertyKey[] = ["facts"]): Facts =>
  plainValidFacts(input) ? input : parseWith(factsSchema, input, path);

/** Validates facts as parseFacts does, giving their values in FACT_IDS order. */
export const parseFactValues = (input: unknown, path: readonly PropertyKey[] = ["facts"]): FactValues =>
  plainFactValues(input) ?? valuesOf(parseWith(factsSchema, input, path));

/** The case fields an API request carries; a case with anything else (`expected`) goes to the schema. */
const PLAIN_CASE_TEXT = new Set(["id", "description"]);

/** True only for a case the schema certainly accepts: an id, a description and valid facts, nothing else. */
export function plainValidCase(input: unknown): input is Case {
  if (!isPlainObject(input) || !plainValidFacts(input.facts)) return false;
  for (const key in input) {
    if (key === "facts") continue;
    const value = input[key];
    if (!PLAIN_CASE_TEXT.has(key) || (value !== undefined && typeof value !== "string")) return false;
  }
  return true;
}

/** Validates one case of case.schema.json. */
export const parseCase = (input: unknown, path: readonly PropertyKey[] = []): Case =>
  plainValidCase(input) ? input : parseWith(caseSchema, input, path);

/** Validates one case or an array of cases, naming the array index in each issue. */
export function parseCases(input: unknown): { cases: Case[]; many: boolean } {
  if (!Array.isArray(input)) return { cases: [parseCase(input)], many: false };
  const issues: FieldIssue[] = [];
  const cases = input.flatMap((item, index) => {
    try {
      return [parseCase(item, [index])];
    } catch (error) {
      if (error instanceof ValidationError) issues.push(...error.issues);
      else throw error;
      return [];
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { cases, many: true };
}
