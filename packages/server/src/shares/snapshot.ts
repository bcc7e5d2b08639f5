import {
  CAUSES,
  type Cause,
  FACT_IDS,
  type FactId,
  type Facts,
  type FieldIssue,
  LANGS,
  LEVELS,
  type Level,
  parseFacts,
  RULES,
  type RuleId,
  SELF_CARE_RULE,
  ValidationError,
} from "@backtalk/engine";
import type { Locale } from "../env.ts";
import { type DiarySnapshot, diarySnapshotIssues, isDiarySnapshot } from "./diary-snapshot.ts";

/** Links live 14 days unless the person picks another number of days, up to 30. */
export const DEFAULT_EXPIRY_DAYS = 14;
export const MAX_EXPIRY_DAYS = 30;

/**
 * The part of a report snapshot the server understands and renders. Only ids the engine knows are
 * accepted, so a share page can never show invented rules or causes; other keys (the plan, the
 * tracking history) are stored as they came, for the web app to show.
 */
export interface Snapshot {
  readonly assessment: {
    readonly level: Level | null;
    readonly complete: boolean;
    readonly rules: readonly {
      readonly id: RuleId;
      readonly level: Level;
      readonly facts: readonly FactId[];
    }[];
    readonly causes: readonly { readonly id: Cause; readonly rules: readonly RuleId[] }[];
    readonly missing?: readonly FactId[];
    readonly knowledgeVersion: string;
  };
  readonly facts?: Facts;
  readonly lang?: Locale;
  readonly createdAt?: string;
  readonly [key: string]: unknown;
}

/** What a share holds: a single check's result (above), or a diary the server builds the doctor report from. */
export type SharedSnapshot = Snapshot | DiarySnapshot;

export interface ShareRequest {
  readonly snapshot: SharedSnapshot;
  readonly expiresInDays: number;
}

const RULE_IDS: readonly string[] = [...RULES.map((rule) => rule.id), SELF_CARE_RULE.id];
const quoted = (values: readonly (string | null)[]) =>
  values.map((value) => JSON.stringify(value)).join(", ");

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Collects every problem with one pass instead of stopping at the first. */
class Checker {
  readonly issues: FieldIssue[] = [];
  fail(path: string, code: string, message: string): false {
    this.issues.push({ path, code, message });
    return false;
  }
  object(value: unknown, path: string): value is Json {
    return isObject(value) || this.fail(path, "invalid_type", "must be a JSON object");
  }
  oneOf(value: unknown, allowed: readonly (string | null)[], path: string): boolean {
    return (
      allowed.includes(value as string | null) ||
      this.fail(path, "invalid_value", `must be one of ${quoted(allowed)}`)
    );
  }
  list(value: unknown, path: string, max: number, each: (item: unknown, path: string) => void): void {
    if (!Array.isArray(value) || value.length > max) {
      this.fail(path, "invalid_type", `must be an array of at most ${max} items`);
      return;
    }
    for (const [index, item] of value.entries()) each(item, `${path}[${index}]`);
  }
  onlyKeys(value: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.fail(
          path ? `${path}.${key}` : key,
          "unknown_field",
          `"${key}" is not allowed here; allowed: ${allowed.join(", ")}`,
        );
      }
    }
  }
}

function checkAssessment(check: Checker, value: unknown, path: string): void {
  if (!check.object(value, path)) return;
  check.oneOf(value.level, [...LEVELS, null], `${path}.level`);
  if (typeof value.complete !== "boolean")
    check.fail(`${path}.complete`, "invalid_type", "must be true or false");
  check.list(value.rules, `${path}.rules`, RULE_IDS.length, (rule, at) => {
    if (!check.object(rule, at)) return;
    check.oneOf(rule.id, RULE_IDS, `${at}.id`);
    check.oneOf(rule.level, LEVELS, `${at}.level`);
    check.list(rule.facts, `${at}.facts`, FACT_IDS.length, (fact, factAt) =>
      check.oneOf(fact, FACT_IDS, factAt),
    );
  });
  check.list(value.causes, `${path}.causes`, CAUSES.length, (cause, at) => {
    if (!check.object(cause, at)) return;
    check.oneOf(cause.id, CAUSES, `${at}.id`);
    check.list(cause.rules, `${at}.rules`, RULE_IDS.length, (rule, ruleAt) =>
      check.oneOf(rule, RULE_IDS, ruleAt),
    );
  });
  if (value.missing !== undefined) {
    check.list(value.missing, `${path}.missing`, FACT_IDS.length, (fact, at) =>
      check.oneOf(fact, FACT_IDS, at),
    );
  }
  if (typeof value.knowledgeVersion !== "string" || !/^[\w.-]{1,32}$/.test(value.knowledgeVersion)) {
    check.fail(`${path}.knowledgeVersion`, "invalid_type", 'must be a version string such as "2026.11.1"');
  }
}

/**
 * Validates the body of POST /api/shares: `{ snapshot, expiresInDays? }`. A snapshot with `kind: "diary"` is
 * checked with the engine's parseDiary; any other is a single result, checked id by id.
 * Throws the engine's ValidationError naming every bad field.
 */
export function parseShareRequest(body: unknown): ShareRequest {
  const check = new Checker();
  if (!check.object(body, "")) throw new ValidationError(check.issues);
  check.onlyKeys(body, ["snapshot", "expiresInDays"], "");
  const days = body.expiresInDays ?? DEFAULT_EXPIRY_DAYS;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > MAX_EXPIRY_DAYS) {
    check.fail(
      "expiresInDays",
      "invalid_value",
      `must be a whole number of days from 1 to ${MAX_EXPIRY_DAYS}`,
    );
  }
  const snapshot = body.snapshot;
  if (isDiarySnapshot(snapshot)) {
    check.issues.push(...diarySnapshotIssues(snapshot as unknown as Json));
  } else if (check.object(snapshot, "snapshot")) {
    checkAssessment(check, snapshot.assessment, "snapshot.assessment");
    if (snapshot.lang !== undefined) check.oneOf(snapshot.lang, LANGS, "snapshot.lang");
    if (
      snapshot.createdAt !== undefined &&
      (typeof snapshot.createdAt !== "string" ||
        snapshot.createdAt.length > 40 ||
        Number.isNaN(Date.parse(snapshot.createdAt)))
    ) {
      check.fail("snapshot.createdAt", "invalid_type", "must be a date and time in ISO 8601 form");
    }
    if (snapshot.facts !== undefined) {
      try {
        parseFacts(snapshot.facts, ["snapshot", "facts"]);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        check.issues.push(...error.issues);
      }
    }
  }
  if (check.issues.length > 0) throw new ValidationError(check.issues);
  return { snapshot: snapshot as SharedSnapshot, expiresInDays: days as number };
}
