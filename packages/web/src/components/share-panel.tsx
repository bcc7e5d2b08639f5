import { type Diary, format } from "@backtalk/engine";
import { useEffect, useRef, useState } from "preact/hooks";
import { diary } from "../diary/diary-state.ts";
import { createShare, currentShare, revokeShare, ShareError } from "../diary/share-client.ts";
import { shareSnapshot } from "../diary/share-snapshot.ts";
import { shortDate } from "../i18n/diary-dates.ts";
import { countsText } from "../i18n/plural.ts";
import { diaryText, lang } from "../state/settings.ts";
import { today } from "../state/today.ts";
import type { ShareRecord } from "../storage/kv.ts";
import { ConfirmBox } from "./confirm-box.tsx";
import { QrCode } from "./qr-code.tsx";

const DAY_CHOICES = [1, 7, 14, 30] as const;

/**
 * Sharing with a doctor: what is sent is said before anything is sent, the person confirms, then the link,
 * its QR code, its expiry and a button to turn it off. `create` false shows only an existing link (My data).
 */
export function SharePanel({ create = true }: { readonly create?: boolean }) {
  const w = diaryText.value.share;
  const [share, setShare] = useState<ShareRecord | null | undefined>(undefined);
  const [days, setDays] = useState<number>(14);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const linkHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void currentShare()
      .then(setShare)
      .catch(() => setShare(null));
  }, []);

  const problemText = (error: unknown) =>
    error instanceof ShareError
      ? error.problem === "offline"
        ? w.offline
        : error.problem === "too_big"
          ? w.tooBig
          : w.failed
      : w.failed;

  async function make() {
    setBusy(true);
    setMessage("");
    try {
      const snapshot = shareSnapshot(diary.value as Diary, {
        today: today(),
        lang: lang.value,
        now: new Date(),
      });
      const made = await createShare(snapshot, days);
      setShare(made);
      setConfirming(false);
      requestAnimationFrame(() => linkHeading.current?.focus());
    } catch (error) {
      setMessage(problemText(error));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(current: ShareRecord) {
    setBusy(true);
    try {
      await revokeShare(current);
      setShare(null);
      setMessage(w.revoked);
    } catch (error) {
      setMessage(problemText(error));
    } finally {
      setBusy(false);
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(w.copied);
    } catch {
      document.querySelector<HTMLInputElement>("#share-link")?.select();
    }
  }

  if (share === undefined) return null;
  return (
    <section class="share-panel no-print" aria-labelledby="share-title">
      <h2 id="share-title">{create ? w.title : w.activeTitle}</h2>
      {share ? (
        <div class="share-link">
          {create ? (
            <h3 tabIndex={-1} ref={linkHeading}>
              {w.activeTitle}
            </h3>
          ) : null}
          <label for="share-link">{w.linkLabel}</label>
          <input
            id="share-link"
            type="text"
            readOnly
            value={share.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p>{format(w.expires, { date: shortDate(share.expiresAt.slice(0, 10), lang.value) })}</p>
          <QrCode text={share.url} label={w.qrLabel} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void copy(share.url)}>
              {w.copy}
            </button>
            <button type="button" class="secondary danger" disabled={busy} onClick={() => void revoke(share)}>
              {w.revoke}
            </button>
          </div>
        </div>
      ) : create ? (
        <>
          <p>{w.intro}</p>
          <p class="notice">{w.whatIsSent}</p>
          {confirming ? (
            <ConfirmBox
              title={w.confirmTitle}
              confirm={w.confirm}
              cancel={w.cancel}
              busy={busy}
              onConfirm={() => void make()}
              onCancel={() => setConfirming(false)}
            >
              <p>{format(w.confirmBody, { period: countsText(lang.value, w.days, { days }) })}</p>
            </ConfirmBox>
          ) : (
            <>
              <div class="field">
                <label for="share-days">{w.expiryLabel}</label>
                <select
                  id="share-days"
                  value={String(days)}
                  onChange={(event) => setDays(Number(event.currentTarget.value))}
                >
                  {DAY_CHOICES.map((choice) => (
                    <option key={choice} value={String(choice)}>
                      {countsText(lang.value, w.days, { days: choice })}
                    </option>
                  ))}
                </select>
              </div>
              <div class="actions">
                <button type="button" class="secondary" onClick={() => setConfirming(true)}>
                  {w.create}
                </button>
              </div>
            </>
          )}
        </>
      ) : (
        <p>{w.none}</p>
      )}
      <p role="status" class="announcement">
        {message}
      </p>
    </section>
  );
}
