import "../styles/diary.css";
import { type Diary, format, parseDiary, ValidationError } from "@backtalk/engine";
import { useEffect, useRef, useState } from "preact/hooks";
import { DemoBanner } from "../components/demo-banner.tsx";
import { saveFile } from "../components/save-file.ts";
import { SharePanel } from "../components/share-panel.tsx";
import {
  deleteAll,
  exportDiary,
  hideDemo,
  importDiary,
  isDemo,
  loadDiary,
  ownData,
  showDemo,
} from "../diary/diary-state.ts";
import { currentShare, revokeShare } from "../diary/share-client.ts";
import { countsText } from "../i18n/plural.ts";
import { diaryText, lang, ui } from "../state/settings.ts";
import { loadTimer } from "../timer/cold-session.ts";
import { refreshWalks } from "../walks/walk-session.ts";

interface Refusal {
  readonly problems: readonly string[];
}

/** Reads a chosen file and validates it with the engine; anything wrong refuses the whole file. */
async function readDiaryFile(file: File): Promise<Diary | Refusal> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { problems: [] };
  }
  try {
    return parseDiary(json);
  } catch (error) {
    if (error instanceof ValidationError)
      return {
        problems: error.issues.slice(0, 6).map((issue) => `${issue.path || "(file)"}: ${issue.message}`),
      };
    return { problems: [] };
  }
}

const countsOf = (data: {
  checkIns: readonly unknown[];
  checks?: readonly unknown[] | undefined;
  coldRounds?: readonly unknown[] | undefined;
  walks?: readonly unknown[] | undefined;
}) => ({
  checkIns: data.checkIns.length,
  checks: data.checks?.length ?? 0,
  coldRounds: data.coldRounds?.length ?? 0,
  walks: data.walks?.length ?? 0,
});

/** My data: everything stays here; export, import (refused whole on any error), example data, delete. */
export default function MyDataScreen() {
  const w = diaryText.value;
  const t = w.data;
  const [status, setStatus] = useState("");
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<Diary | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [shareKey, setShareKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const refusalBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadDiary();
  }, []);
  useEffect(() => {
    if (pending || deleting) confirmHeading.current?.focus();
  }, [pending, deleting]);
  useEffect(() => {
    if (refusal) refusalBox.current?.focus();
  }, [refusal]);

  const own = ownData.value;
  if (!own) return <p aria-busy="true">{ui.value.loading}</p>;

  const fail = () => setStatus(t.failed);

  async function download() {
    try {
      const file = await exportDiary();
      saveFile(file.name, file.json, "application/json");
    } catch {
      fail();
    }
  }

  async function chooseImport(event: Event) {
    event.preventDefault();
    setStatus("");
    setRefusal(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setStatus(t.chooseFile);
      return;
    }
    const result = await readDiaryFile(file);
    if ("problems" in result) {
      setRefusal(result);
      return;
    }
    if (!result.demo && (own?.checkIns.length ?? 0) > 0) setPending(result);
    else await finishImport(result);
  }

  async function finishImport(file: Diary) {
    setPending(null);
    try {
      await importDiary(file);
      if (fileInput.current) fileInput.current.value = "";
      setStatus(file.demo ? t.importedDemo : countsText(lang.value, t.imported, countsOf(file)));
      void refreshWalks();
    } catch {
      fail();
    }
  }

  async function deleteEverything() {
    try {
      // A live share link would outlive its secret: turn it off first (if the server can be reached).
      const share = await currentShare().catch(() => null);
      if (share) await revokeShare(share).catch(() => undefined);
      await deleteAll();
      setDeleting(false);
      setShareKey(shareKey + 1);
      setStatus(t.deleted);
      void refreshWalks();
      void loadTimer();
    } catch {
      setDeleting(false);
      fail();
    }
  }

  return (
    <div class="my-data">
      <h1 tabIndex={-1}>{t.title}</h1>
      <DemoBanner />
      <p class="lead">{t.intro}</p>
      {isDemo.value ? <p class="notice">{t.showingDemo}</p> : null}
      <p>{countsText(lang.value, t.counts, countsOf(own))}</p>
      <p role="status" class="announcement status-line">
        {status}
      </p>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t.exportTitle}</h2>
        <p>{t.exportBody}</p>
        <button type="button" class="primary" onClick={() => void download()}>
          {t.export}
        </button>
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t.importTitle}</h2>
        <p>{t.importBody}</p>
        <form onSubmit={(event) => void chooseImport(event)} noValidate>
          <div class="field">
            <label for="import-file">{t.fileLabel}</label>
            <input id="import-file" type="file" accept=".json,application/json" ref={fileInput} />
          </div>
          <button type="submit" class="secondary">
            {t.import}
          </button>
        </form>
        {refusal ? (
          <div class="error-summary" role="alert" tabIndex={-1} ref={refusalBox}>
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
        ) : null}
        {pending ? (
          <div class="confirm-box">
            <h3 tabIndex={-1} ref={confirmHeading}>
              {t.replaceTitle}
            </h3>
            <p>
              {countsText(lang.value, t.replaceBody, {
                now: own.checkIns.length,
                file: pending.checkIns.length,
              })}
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => void finishImport(pending)}>
                {t.replace}
              </button>
              <button type="button" class="secondary" onClick={() => setPending(null)}>
                {t.cancel}
              </button>
            </div>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="demo-title">
        <h2 id="demo-title">{t.demoTitle}</h2>
        <p>{t.demoBody}</p>
        {isDemo.value ? (
          <button
            type="button"
            class="secondary"
            onClick={() => void hideDemo().then(() => setStatus(w.demo.cleared))}
          >
            {w.demo.clear}
          </button>
        ) : (
          <button
            type="button"
            class="secondary"
            onClick={() => void showDemo().then(() => setStatus(w.demo.started))}
          >
            {w.demo.try}
          </button>
        )}
      </section>

      <SharePanel key={shareKey} create={false} />

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t.deleteTitle}</h2>
        <p>{t.deleteBody}</p>
        {deleting ? (
          <div class="confirm-box danger-box">
            <h3 tabIndex={-1} ref={confirmHeading}>
              {t.deleteConfirmTitle}
            </h3>
            <p>{t.deleteConfirmBody}</p>
            <div class="actions">
              <button type="button" class="danger" onClick={() => void deleteEverything()}>
                {t.deleteConfirm}
              </button>
              <button type="button" class="secondary" onClick={() => setDeleting(false)}>
                {t.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="secondary danger" onClick={() => setDeleting(true)}>
            {t.delete}
          </button>
        )}
      </section>
    </div>
  );
}
