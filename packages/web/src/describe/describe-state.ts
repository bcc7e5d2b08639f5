import type { FactId, Facts, FactValue, Lang } from "@backtalk/engine";
import { signal } from "@preact/signals";
import { db } from "../storage/db.ts";

/** The words a chip came from, kept so the check can show them again (offsets into `text`). */
export interface Span {
  readonly fact: FactId;
  readonly value: FactValue;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The words deny it ("no fever"): the note says so, since the quoted words alone read like a yes. */
  readonly negated?: boolean;
}

/** What a check was started with, so the check can show "What you told us" and pre-fill warning signs. */
export interface StartedFrom {
  /** The words as they were when the person pressed Continue, and the language they were read in. */
  readonly text: string;
  readonly lang: Lang;
  /** The check's initial facts: the check in storage is the described one when its initial equals this. */
  readonly initial: Facts;
  /** Answers given earlier in the check, carried over unchanged (the words never override them). */
  readonly answers: Facts;
  /** Facts taken from the words (the chips kept), warning signs included. */
  readonly used: Facts;
  readonly spans: readonly Span[];
  /** What the words seemed to say: never taken as given, each shown as its question's answer to confirm. */
  readonly prefill: Facts;
}

/** The box's state: plain JSON in the kv store, so a reload keeps the words and the chips removed. */
export interface DescribeRecord {
  readonly text: string;
  /** Facts whose chips the person removed. */
  readonly removed: readonly FactId[];
  readonly started: StartedFrom | null;
}

export const EMPTY_DESCRIPTION: DescribeRecord = { text: "", removed: [], started: null };

/** Longest description kept (as the API's `text`): longer input is refused by the box, never cut silently. */
export const MAX_DESCRIPTION = 4000;

const KEY = "describe";

export const description = signal<DescribeRecord>(EMPTY_DESCRIPTION);
export const descriptionLoaded = signal(false);

/** Set by "Edit what you wrote" on the check, so the start screen puts the cursor in the box. */
export const editRequested = signal(false);

/**
 * Reads the saved box. Called each time the box or the check is shown, so "delete everything" elsewhere in
 * the app is seen at once; words typed while storage was still answering win over the stored ones.
 */
export async function loadDescription(): Promise<void> {
  const before = description.value;
  try {
    const stored = (await (await db()).get("kv", KEY)) as DescribeRecord | undefined;
    if (description.value === before) {
      description.value =
        stored && typeof stored.text === "string" ? { ...EMPTY_DESCRIPTION, ...stored } : EMPTY_DESCRIPTION;
    }
  } catch {
    // Private mode or a blocked database: the box still works for this visit.
  } finally {
    descriptionLoaded.value = true;
  }
}

/** Updates the box and writes it through, so a reload at any point keeps it. */
export async function saveDescription(record: DescribeRecord): Promise<void> {
  description.value = record;
  try {
    await (await db()).put("kv", record, KEY);
  } catch {
    // As above: this visit keeps it in memory.
  }
}

/** Tests: forget what was loaded. */
export function resetDescription(): void {
  description.value = EMPTY_DESCRIPTION;
  descriptionLoaded.value = false;
}

const stable = (facts: Facts): string =>
  JSON.stringify(Object.entries(facts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The words a check was started from, when `check` is that check (a follow-up check with the same initial
 * facts); null for any other check, e.g. one started without words after them.
 */
export function startedFor(
  check: { readonly state: { readonly initial: Facts; readonly mode?: string } } | null,
  record: DescribeRecord,
): StartedFrom | null {
  const started = record.started;
  if (!check || !started || check.state.mode !== "follow_up") return null;
  return stable(check.state.initial) === stable(started.initial) ? started : null;
}
