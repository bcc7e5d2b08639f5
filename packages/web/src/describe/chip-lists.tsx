import { type FactId, format } from "@backtalk/engine";
import type { DescribeMessages } from "./describe-messages.ts";
import type { Chip } from "./describe-model.ts";

/** The facts read from the words, each a button that removes it (the check then asks it instead). */
export function KeptChips(props: {
  readonly chips: readonly Chip[];
  readonly t: DescribeMessages;
  readonly onRemove: (chip: Chip, index: number) => void;
}) {
  const { chips, t } = props;
  return (
    <ul class="chips kept" aria-label={t.chipsLabel}>
      {chips.map((chip, index) => (
        <li key={chip.fact}>
          <button
            type="button"
            class={chip.sign ? "chip sign" : "chip"}
            data-fact={chip.fact}
            onClick={() => props.onRemove(chip, index)}
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
  );
}

/** The facts the person removed, each a button that puts it back. */
export function RemovedChips(props: {
  readonly chips: readonly Chip[];
  readonly t: DescribeMessages;
  readonly onPutBack: (fact: FactId, item: string) => void;
}) {
  const { chips, t } = props;
  if (chips.length === 0) return null;
  return (
    <>
      <p class="removed-title">{t.removedTitle}</p>
      <ul class="chips removed">
        {chips.map((chip) => (
          <li key={chip.fact}>
            <button type="button" class="chip put-back" onClick={() => props.onPutBack(chip.fact, chip.item)}>
              {format(t.putBack, { item: chip.item })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
