import { signal } from "@preact/signals";
import { type CheckRecord, deleteKv, getKv, setKv } from "../storage/kv.ts";

/** The check in progress or last finished, shared by the check, result, plan, timer and walk screens. */
export const check = signal<CheckRecord | null>(null);
export const checkLoaded = signal(false);

export async function loadCheck(): Promise<void> {
  try {
    check.value = (await getKv("check")) ?? null;
  } catch {
    check.value = null;
  } finally {
    checkLoaded.value = true;
  }
}

/**
 * A check being changed (Back, "Change answers") keeps the diary id it got when it finished, so finishing
 * it again replaces its diary entry. A new check (no steps, no draft, or other starting facts) gets none.
 */
export function carryDiaryId(previous: CheckRecord | null, next: CheckRecord): CheckRecord {
  if (next.diaryId || !previous?.diaryId) return next;
  const fresh = next.state.steps.length === 0 && next.draft === null;
  if (fresh || JSON.stringify(next.state.initial) !== JSON.stringify(previous.state.initial)) return next;
  return { ...next, diaryId: previous.diaryId };
}

/**
 * Updates the record and writes it through, so a reload at any point resumes from here. A finished check
 * is also written to the diary, in the same transaction (that code loads on demand).
 */
export async function saveCheck(record: CheckRecord | null): Promise<void> {
  const next = record ? carryDiaryId(check.value, record) : null;
  check.value = next;
  try {
    if (next?.finishedOn) {
      const { saveFinishedCheck } = await import("../diary/check-archive.ts");
      const stored = await saveFinishedCheck(next);
      if (check.value === next) check.value = stored;
    } else if (next) await setKv("check", next);
    else await deleteKv("check");
  } catch {
    // Storage can be unavailable (private mode); the check still works for this visit.
  }
}
