import { type FactId, format, type Understood } from "@backtalk/engine";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { countryCode, describeText, lang } from "../state/settings.ts";
import { today } from "../state/today.ts";
import "./describe.css";
import {
  description,
  descriptionLoaded,
  editRequested,
  loadDescription,
  MAX_DESCRIPTION,
  saveDescription,
} from "./describe-state.ts";
import { MarkedWords } from "./marked-words.tsx";
import { PreviewBanner } from "./preview-banner.tsx";

type Logic = typeof import("./describe-logic.ts");

let logic: Promise<Logic> | undefined;
/** The reader and its lexicons load on first use of the box, never with the first screen. */
const loadLogic = (): Promise<Logic> => {
  logic ??= import("./describe-logic.ts");
  return logic;
};

/** Waits this long after the last key before reading the words again. */
const READ_DELAY_MS = 250;

/**
 * "Tell us in your own words" on the start screen: an optional box, the facts read from it as removable chips,
 * the words they came from marked, the advice at once for warning signs, and "Continue" into the check.
 */
export function DescribeBox() {
  const t = describeText.value;
  const record = description.value;
  const words = record.text.trim();
  const [module, setModule] = useState<Logic | null>(null);
  const [understood, setUnderstood] = useState<Understood | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focusAfter, setFocusAfter] = useState<{ index: number } | { fact: FactId } | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const chipList = useRef<HTMLDivElement>(null);

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

  useEffect(() => {
    if (!descriptionLoaded.value || words === "") {
      setUnderstood(null);
      return;
    }
    let current = true;
    const timer = setTimeout(
      () =>
        void loadLogic().then((loaded) => {
          if (!current) return;
          setModule(loaded);
          setUnderstood(loaded.readWords(record.text, lang.value, today()));
        }),
      understood ? READ_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [record.text, lang.value, descriptionLoaded.value]);

  const view = useMemo(
    () =>
      module && understood && words !== ""
        ? module.viewOf(record.text, understood, record.removed, {
            lang: lang.value,
            country: countryCode.value,
            existing: module.answersToKeep(),
          })
        : null,
    [module, understood, record.removed, lang.value, countryCode.value, words],
  );

  // Say how much was understood when that changes, not on every key.
  const count = view?.chips.length;
  useEffect(() => {
    if (count === undefined) return;
    setAnnouncement(count === 0 ? t.announceNone : format(t.announce, { count }));
  }, [count]);

  // After a chip is removed or put back, keep the keyboard user near where they were (before the next paint,
  // so focus never falls back to the page in between).
  useLayoutEffect(() => {
    const list = chipList.current;
    if (!focusAfter || !list) return;
    const kept = [...list.querySelectorAll<HTMLButtonElement>(".chips.kept button")];
    const target =
      "fact" in focusAfter
        ? kept.find((button) => button.dataset.fact === focusAfter.fact)
        : (kept[Math.min(focusAfter.index, kept.length - 1)] ??
          list.querySelector<HTMLButtonElement>(".chips.removed button"));
    (target ?? box.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const setRemoved = (removed: readonly FactId[]) => void saveDescription({ ...record, removed });

  function remove(fact: FactId, item: string, index: number) {
    setRemoved([...record.removed, fact]);
    setAnnouncement(format(t.announceRemoved, { item }));
    setFocusAfter({ index });
  }

  function putBack(fact: FactId, item: string) {
    setRemoved(record.removed.filter((gone) => gone !== fact));
    setAnnouncement(format(t.announcePutBack, { item }));
    setFocusAfter({ fact });
  }

  async function continueCheck() {
    const loaded = await loadLogic();
    // Read again: the last keys may still be waiting for the pause that updates the chips.
    await loaded.continueDescribed(loaded.readWords(record.text, lang.value, today()), record.removed);
  }

  const labels = Object.fromEntries((view?.chips ?? []).map((chip) => [chip.fact, chip.label]));

  return (
    <section class="describe" aria-labelledby="describe-title">
      <h2 id="describe-title">
        {t.title} <span class="describe-optional">{t.optional}</span>
      </h2>
      <label for="describe-text" class="describe-label">
        {t.label}
      </label>
      <p id="describe-hint" class="hint">
        {t.hint}
      </p>
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
              <ul class="chips kept" aria-label={t.chipsLabel}>
                {view.chips.map((chip, index) => (
                  <li key={chip.fact}>
                    <button
                      type="button"
                      class={chip.sign ? "chip sign" : "chip"}
                      data-fact={chip.fact}
                      onClick={() => remove(chip.fact, chip.item, index)}
                    >
                      <span class="chip-text">
                        <span class="visually-hidden">{t.remove} </span>
                        <span class="chip-label">{chip.label}:</span> {chip.value}
                        {chip.sign ? <span class="chip-tag">{t.signTag}</span> : null}
                      </span>
                      <span class="chip-x" aria-hidden="true">
                        ×
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {view.removed.length > 0 ? (
            <>
              <p class="removed-title">{t.removedTitle}</p>
              <ul class="chips removed">
                {view.removed.map((chip) => (
                  <li key={chip.fact}>
                    <button type="button" class="chip put-back" onClick={() => putBack(chip.fact, chip.item)}>
                      {format(t.putBack, { item: chip.item })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
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
      )}
    </section>
  );
}
