import "../styles/diary.css";
import { useEffect, useState } from "preact/hooks";
import { DataDelete } from "../components/data-delete.tsx";
import { DataImport } from "../components/data-import.tsx";
import { DataExport, DemoData } from "../components/data-sections.tsx";
import { DiaryHeading } from "../components/diary-heading.tsx";
import { SharePanel } from "../components/share-panel.tsx";
import { countsOf } from "../diary/diary-file.ts";
import { isDemo, loadDiary, ownData } from "../diary/diary-state.ts";
import { countsText } from "../i18n/plural.ts";
import { diaryText, lang, ui } from "../state/settings.ts";

/** My data: everything stays here; export, import (refused whole on any error), example data, delete. */
export default function MyDataScreen() {
  const t = diaryText.value.data;
  const [status, setStatus] = useState("");
  // A new share panel after a delete: the old one showed a link that no longer exists.
  const [shareKey, setShareKey] = useState(0);

  useEffect(() => {
    void loadDiary();
  }, []);

  const own = ownData.value;
  if (!own) return <p aria-busy="true">{ui.value.loading}</p>;

  return (
    <div class="my-data">
      <DiaryHeading title={t.title} lead={t.intro} />
      {isDemo.value ? <p class="notice">{t.showingDemo}</p> : null}
      <p>{countsText(lang.value, t.counts, countsOf(own))}</p>
      <p role="status" class="announcement status-line">
        {status}
      </p>
      <DataExport onStatus={setStatus} />
      <DataImport onStatus={setStatus} />
      <DemoData onStatus={setStatus} />
      <SharePanel key={shareKey} create={false} />
      <DataDelete onStatus={setStatus} onDeleted={() => setShareKey(shareKey + 1)} />
    </div>
  );
}
