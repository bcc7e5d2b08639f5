import type { Diary } from "@backtalk/engine";
import { useEffect, useRef, useState } from "preact/hooks";
import { countsOf, type Refusal, readDiaryFile } from "../diary/diary-file.ts";
import { importDiary, ownData } from "../diary/diary-state.ts";
import { countsText } from "../i18n/plural.ts";
import { diaryText, lang } from "../state/settings.ts";
import { refreshWalks } from "../walks/walk-session.ts";
import { ConfirmBox } from "./confirm-box.tsx";
import { TitledSection } from "./titled-section.tsx";

/**
 * Bring a copy back: the file is validated whole and refused with what is wrong, and replacing the person's
 * own check-ins asks first. Example data opens beside the person's own data.
 */
export function DataImport({ onStatus }: { readonly onStatus: (status: string) => void }) {
  const t = diaryText.value.data;
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<Diary | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const own = ownData.value;

  async function choose(event: Event) {
    event.preventDefault();
    onStatus("");
    setRefusal(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      onStatus(t.chooseFile);
      return;
    }
    const result = await readDiaryFile(file);
    if ("problems" in result) {
      setRefusal(result);
      return;
    }
    if (!result.demo && (own?.checkIns.length ?? 0) > 0) setPending(result);
    else await finish(result);
  }

  async function finish(file: Diary) {
    setPending(null);
    try {
      await importDiary(file);
      if (fileInput.current) fileInput.current.value = "";
      onStatus(file.demo ? t.importedDemo : countsText(lang.value, t.imported, countsOf(file)));
      void refreshWalks();
    } catch {
      onStatus(t.failed);
    }
  }

  return (
    <TitledSection id="import" title={t.importTitle}>
      <p>{t.importBody}</p>
      <form onSubmit={(event) => void choose(event)} noValidate>
        <div class="field">
          <label for="import-file">{t.fileLabel}</label>
          <input id="import-file" type="file" accept=".json,application/json" ref={fileInput} />
        </div>
        <button type="submit" class="secondary">
          {t.import}
        </button>
      </form>
      {refusal ? <RefusalBox refusal={refusal} /> : null}
      {pending ? (
        <ConfirmBox
          title={t.replaceTitle}
          confirm={t.replace}
          cancel={t.cancel}
          onConfirm={() => void finish(pending)}
          onCancel={() => setPending(null)}
        >
          <p>
            {countsText(lang.value, t.replaceBody, {
              now: own?.checkIns.length ?? 0,
              file: pending.checkIns.length,
            })}
          </p>
        </ConfirmBox>
      ) : null}
    </TitledSection>
  );
}

/** Why a file was refused, focused so the person hears it at once. */
function RefusalBox({ refusal }: { readonly refusal: Refusal }) {
  const t = diaryText.value.data;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [refusal]);
  return (
    <div class="box error-summary" role="alert" tabIndex={-1} ref={box}>
      <h3>{t.refused}</h3>
      {refusal.problems.length === 0 ? (
        <p>{t.refusedJson}</p>
      ) : (
        <>
          <p>{t.problems}</p>
          <ul>
            {refusal.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
