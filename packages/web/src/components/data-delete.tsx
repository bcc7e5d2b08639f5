import { useState } from "preact/hooks";
import { deleteAll } from "../diary/diary-state.ts";
import { currentShare, revokeShare } from "../diary/share-client.ts";
import { diaryText } from "../state/settings.ts";
import { loadTimer } from "../timer/cold-session.ts";
import { refreshWalks } from "../walks/walk-session.ts";
import { ConfirmBox } from "./confirm-box.tsx";
import { TitledSection } from "./titled-section.tsx";

interface DataDeleteProps {
  readonly onStatus: (status: string) => void;
  /** Called once everything is gone, so the screen can redraw what showed the deleted data. */
  readonly onDeleted: () => void;
}

/** Delete everything on this device, after a confirmation; a live share link is turned off first. */
export function DataDelete({ onStatus, onDeleted }: DataDeleteProps) {
  const t = diaryText.value.data;
  const [deleting, setDeleting] = useState(false);

  async function deleteEverything() {
    try {
      // A live share link would outlive its secret: turn it off first (if the server can be reached).
      const share = await currentShare().catch(() => null);
      if (share) await revokeShare(share).catch(() => undefined);
      await deleteAll();
      setDeleting(false);
      onDeleted();
      onStatus(t.deleted);
      void refreshWalks();
      void loadTimer();
    } catch {
      setDeleting(false);
      onStatus(t.failed);
    }
  }

  return (
    <TitledSection id="delete" title={t.deleteTitle}>
      <p>{t.deleteBody}</p>
      {deleting ? (
        <ConfirmBox
          title={t.deleteConfirmTitle}
          confirm={t.deleteConfirm}
          cancel={t.cancel}
          onConfirm={() => void deleteEverything()}
          onCancel={() => setDeleting(false)}
          danger
        >
          <p>{t.deleteConfirmBody}</p>
        </ConfirmBox>
      ) : (
        <button type="button" class="secondary danger" onClick={() => setDeleting(true)}>
          {t.delete}
        </button>
      )}
    </TitledSection>
  );
}
