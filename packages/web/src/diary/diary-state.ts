import { type CheckIn, type Diary, demoDiary, emptyDiary, localDateTime, parseDiary } from "@backtalk/engine";
import { signal } from "@preact/signals";
import { check } from "../state/check-state.ts";
import { lang } from "../state/settings.ts";
import { today } from "../state/today.ts";
import { archiveEarlierCheck } from "./check-archive.ts";
import {
  addCheckIn,
  clearDemo,
  deleteEverything,
  diaryFromStored,
  readDemo,
  readStoredDiary,
  replaceDiary,
  type StoredDiary,
  startDemo,
} from "./diary-store.ts";

/**
 * The diary the screens show, in memory: the person's own, or the example while it is on. Every change is
 * written to IndexedDB first and then read back, so what is shown is what is stored.
 */
export const diary = signal<Diary | null>(null);

/** Nothing to show or report yet: no check-in and no check. */
export const isEmptyDiary = (data: Diary): boolean =>
  data.checkIns.length === 0 && (data.checks ?? []).length === 0;
export const isDemo = signal(false);
/** The person's own data, also while the example is shown (My data counts it). */
export const ownData = signal<StoredDiary | null>(null);

export async function loadDiary(): Promise<void> {
  try {
    const archived = await archiveEarlierCheck();
    if (archived && check.value?.finishedOn === archived.finishedOn && !check.value.diaryId)
      check.value = archived;
    const [stored, demo] = await Promise.all([readStoredDiary(), readDemo()]);
    ownData.value = stored;
    isDemo.value = demo !== undefined;
    diary.value = demo ?? diaryFromStored(stored, new Date());
  } catch {
    // Storage unavailable (private mode): an empty diary for this visit.
    ownData.value = { checkIns: [], checks: [], coldRounds: [], walks: [] };
    isDemo.value = false;
    diary.value = emptyDiary(localDateTime(new Date()));
  }
}

export async function saveCheckIn(checkIn: CheckIn): Promise<void> {
  await addCheckIn(checkIn);
  await loadDiary();
}

/** The example diary, ending today, in the current language. */
export async function showDemo(): Promise<void> {
  await startDemo(demoDiary({ today: today(), lang: lang.value }));
  await loadDiary();
}

export async function hideDemo(): Promise<void> {
  await clearDemo();
  await loadDiary();
}

/**
 * The person's own diary as a file (never the example), validated by the engine before it leaves, so an
 * export always imports again.
 */
export async function exportDiary(): Promise<{ name: string; json: string }> {
  await loadDiary();
  const file = parseDiary(diaryFromStored(ownData.value ?? (await readStoredDiary()), new Date()));
  const name = `backtalk-diary-${today()}.json`;
  return { name, json: `${JSON.stringify(file, null, 2)}\n` };
}

export async function importDiary(file: Diary): Promise<void> {
  await replaceDiary(file);
  await loadDiary();
}

export async function deleteAll(): Promise<void> {
  await deleteEverything();
  check.value = null;
  await loadDiary();
}
