import {
  assess,
  type Facts,
  isDiarySnapshot,
  issueCollector,
  KNOWLEDGE_VERSION,
  parseDiarySnapshot,
  parseWith,
  rankOf,
  ValidationError,
} from "@backtalk/engine";
import * as z from "zod/mini";
import {
  type CheckSnapshot,
  checkShareSchema,
  MAX_EXPIRY_DAYS,
  type SharedSnapshot,
  shareRequestSchema,
} from "../contract/shares.ts";

export type { CheckSnapshot, SharedSnapshot };

export interface ShareRequest {
  readonly snapshot: SharedSnapshot;
  readonly expiresInDays: number;
}

const EXPIRY_RULE = `must be a whole number of days from 1 to ${MAX_EXPIRY_DAYS}`;

/** The request without its snapshot, which is checked below by kind so each error names the right field. */
const envelopeSchema = z.strictObject({ ...shareRequestSchema.shape, snapshot: z.optional(z.unknown()) });

/**
 * Validates the body of POST /api/shares: `{ snapshot, expiresInDays? }`. A snapshot with `kind: "diary"` is
 * checked with the engine's diary snapshot schema; any other is a single result, checked id by id. Unknown
 * keys anywhere are refused. Throws the engine's ValidationError naming every bad field.
 */
export function parseShareRequest(body: unknown): ShareRequest {
  const { issues, collect } = issueCollector();
  const envelope = collect(() => parseWith(envelopeSchema, body, []));
  for (const [index, issue] of issues.entries()) {
    if (issue.path === "expiresInDays") issues[index] = { ...issue, message: EXPIRY_RULE };
  }
  const raw = (body as { snapshot?: unknown } | null)?.snapshot;
  const snapshot =
    typeof body !== "object" || body === null || Array.isArray(body)
      ? undefined
      : collect(
          (): SharedSnapshot =>
            isDiarySnapshot(raw)
              ? parseDiarySnapshot(raw, ["snapshot"])
              : parseWith(checkShareSchema, raw, ["snapshot"]),
        );
  if (issues.length > 0 || !envelope || !snapshot) throw new ValidationError(issues);
  if (!isDiarySnapshot(snapshot)) checkLevelFloor(snapshot);
  return { snapshot, expiresInDays: envelope.expiresInDays };
}

/**
 * A single result is shown as sent, so it must not say less than its own facts: a level below the one the
 * engine gives for those facts (same knowledge version) is refused, naming the level the facts call for.
 * More urgent is allowed: what the person's words said may raise the advice.
 */
function checkLevelFloor(snapshot: CheckSnapshot): void {
  const { assessment, facts } = snapshot;
  if (facts === undefined || assessment.knowledgeVersion !== KNOWLEDGE_VERSION) return;
  const floor = assess(facts as Facts);
  if (rankOf(assessment.level) >= rankOf(floor.level)) return;
  const rules = floor.rules.filter((rule) => rule.level === floor.level).map((rule) => rule.id);
  throw new ValidationError([
    {
      path: "snapshot.assessment.level",
      code: "below_facts",
      message: `is ${JSON.stringify(assessment.level)}, less urgent than the "${floor.level}" its facts call for (${rules.join(", ")}); share the assessment BackTalk gave for these facts`,
    },
  ]);
}
