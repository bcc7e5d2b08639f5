import { type FactId, format } from "@backtalk/engine";
import { useEffect, useRef, useState } from "preact/hooks";
import { countsText } from "../i18n/plural.ts";
import { describeText, lang } from "../state/settings.ts";
import { today } from "../state/today.ts";
import "./describe.css";
import { LabelWithHint } from "../components/label-with-hint.tsx";
import { KeptChips, RemovedChips } from "./chip-lists.tsx";
import type { DescribeMessages } from "./describe-messages.ts";
import type { Chip, DescribeView } from "./describe-model.ts";
import {
  description,
  editRequested,
  loadDescription,
  MAX_DESCRIPTION,
  saveDescription,
} from "./describe-state.ts";
import { MarkedWords } from "./marked-words.tsx";
import { PreviewBanner } from "./preview-banner.tsx";
import { useChipFocus } from "./use-chip-focus.ts";
import { loadLogic, useDescribedView } from "./use-described-view.ts";

/**
 * "Tell us in your own words" on the start screen: an optional box, the facts read from it as removable chips,
 * the words they came from marked, the advice at once for warning signs, and "Continue" into the check.
 */
export function DescribeBox() {
  const t = describeText.value;
  const record = description.value;
  const words = record.text.trim();
  const view = useDescribedView();
  const [announcement, setAnnouncement] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void loadDescription();
    if (editRequested.value) {
      editRequested.value = false;
      // After the app has moved focus to the new screen's heading.
      setTimeout(() => {
        box.current?.focus();
        box.current?.setSelectionRange(box.current.value.length, box.current.value.length);
      }, 0);
    }
  }, []);

  // Say how much was understood when that changes, not on every key.
  const count = view?.chips.length;
  useEffect(() => {
    if (count === undefined) return;
    setAnnouncement(count === 0 ? t.announceNone : countsText(lang.value, t.announce, { count }));
  }, [count]);

  return (
    <section class="describe" aria-labelledby="describe-title">
      <h2 id="describe-title">
        {t.title} <span class="describe-optional">{t.optional}</span>
      </h2>
      <LabelWithHint
        for="describe-text"
        label={t.label}
        labelClass="describe-label"
        hintId="describe-hint"
        hint={t.hint}
      />
      <textarea
        id="describe-text"
        ref={box}
        rows={4}
        maxLength={MAX_DESCRIPTION}
        aria-describedby="describe-hint"
        value={record.text}
        onFocus={() => void loadLogic()}
        onInput={(event) => void saveDescription({ ...record, text: event.currentTarget.value })}
      />
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {view?.preview ? <PreviewBanner preview={view.preview} t={t} /> : null}

      {words === "" ? null : view === null ? (
        <p class="hint" aria-busy="true">
          {t.reading}
        </p>
      ) : (
        <Understood view={view} t={t} box={box} onAnnounce={setAnnouncement} />
      )}
    </section>
  );
}

interface UnderstoodProps {
  readonly view: DescribeView;
  readonly t: DescribeMessages;
  /** The text box, where the focus goes when no chip is left to focus. */
  readonly box: { readonly current: HTMLTextAreaElement | null };
  readonly onAnnounce: (words: string) => void;
}

/** What was understood: the marked words, the chips to remove or put back, and "Continue" into the check. */
function Understood({ view, t, box, onAnnounce }: UnderstoodProps) {
  const record = description.value;
  const chipList = useRef<HTMLDivElement>(null);
  const focusAfter = useChipFocus(chipList, box);
  const labels = Object.fromEntries(view.chips.map((chip) => [chip.fact, chip.label]));
  const setRemoved = (removed: readonly FactId[]) => void saveDescription({ ...record, removed });

  function remove(chip: Chip, index: number) {
    setRemoved([...record.removed, chip.fact]);
    onAnnounce(format(t.announceRemoved, { item: chip.item }));
    focusAfter({ index });
  }

  function putBack(fact: FactId, item: string) {
    setRemoved(record.removed.filter((gone) => gone !== fact));
    onAnnounce(format(t.announcePutBack, { item }));
    focusAfter({ fact });
  }

  async function continueCheck() {
    // Read again: the last keys may still be waiting for the pause that updates the chips.
    const loaded = await loadLogic();
    await loaded.continueDescribed(
      await loaded.readInBackground(record.text, lang.value, today()),
      record.removed,
    );
  }

  return (
    <div class="understood" ref={chipList}>
      <h3 id="understood-title">{t.understoodTitle}</h3>
      {view.chips.length === 0 ? (
        view.removed.length === 0 ? (
          <p>{t.nothingYet}</p>
        ) : null
      ) : (
        <>
          <p class="hint">{t.understoodHint}</p>
          <MarkedWords segments={view.segments} labels={labels} label={t.wordsLabel} lang={view.lang} />
          <KeptChips chips={view.chips} t={t} onRemove={remove} />
        </>
      )}
      <RemovedChips chips={view.removed} t={t} onPutBack={putBack} />
      {view.uncertain.length > 0 ? (
        <p class="hint">{format(t.askLater, { list: view.uncertain.join(", ") })}</p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="primary big"
          aria-describedby="describe-continue-hint"
          onClick={() => void continueCheck()}
        >
          {t.continue}
        </button>
      </div>
      <p id="describe-continue-hint" class="hint">
        {t.continueHint}
      </p>
    </div>
  );
}
