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

/** Updates the record and writes it through, so a reload at any point resumes from here. */
export async function saveCheck(record: CheckRecord | null): Promise<void> {
  check.value = record;
  try {
    if (record) await setKv("check", record);
    else await deleteKv("check");
  } catch {
    // Storage can be unavailable (private mode); the check still works for this visit.
  }
}
