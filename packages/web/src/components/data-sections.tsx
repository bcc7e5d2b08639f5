import { exportDiary, hideDemo, isDemo, showDemo } from "../diary/diary-state.ts";
import { diaryText } from "../state/settings.ts";
import { saveFile } from "./save-file.ts";
import { TitledSection } from "./titled-section.tsx";

type OnStatus = (status: string) => void;

/** Save a copy: the whole diary as one file in the BackTalk diary format. */
export function DataExport({ onStatus }: { readonly onStatus: OnStatus }) {
  const t = diaryText.value.data;
  async function download() {
    try {
      const file = await exportDiary();
      saveFile(file.name, file.json, "application/json");
    } catch {
      onStatus(t.failed);
    }
  }
  return (
    <TitledSection id="export" title={t.exportTitle}>
      <p>{t.exportBody}</p>
      <button type="button" class="primary" onClick={() => void download()}>
        {t.export}
      </button>
    </TitledSection>
  );
}

/** Example data: shown beside the person's own data, and cleared without touching it. */
export function DemoData({ onStatus }: { readonly onStatus: OnStatus }) {
  const w = diaryText.value;
  const [act, label, done] = isDemo.value
    ? [hideDemo, w.demo.clear, w.demo.cleared]
    : [showDemo, w.demo.try, w.demo.started];
  return (
    <TitledSection id="demo" title={w.data.demoTitle}>
      <p>{w.data.demoBody}</p>
      <button type="button" class="secondary" onClick={() => void act().then(() => onStatus(done))}>
        {label}
      </button>
    </TitledSection>
  );
}
