import type { FactId } from "@backtalk/engine";
import { useLayoutEffect, useState } from "preact/hooks";

/** Where the focus goes after a chip changes: the chip now at the removed one's place, or the one put back. */
export type ChipFocus = { readonly index: number } | { readonly fact: FactId };

/**
 * After a chip is removed or put back, keeps the keyboard user near where they were, before the next paint so
 * the focus never falls back to the page in between; the text box when no chip is left.
 */
export function useChipFocus(
  list: { readonly current: HTMLElement | null },
  fallback: { readonly current: HTMLElement | null },
): (next: ChipFocus) => void {
  const [focusAfter, setFocusAfter] = useState<ChipFocus | null>(null);
  useLayoutEffect(() => {
    const element = list.current;
    if (!focusAfter || !element) return;
    const kept = [...element.querySelectorAll<HTMLButtonElement>(".chips.kept button")];
    const target =
      "fact" in focusAfter
        ? kept.find((button) => button.dataset.fact === focusAfter.fact)
        : (kept[Math.min(focusAfter.index, kept.length - 1)] ??
          element.querySelector<HTMLButtonElement>(".chips.removed button"));
    (target ?? fallback.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);
  return setFocusAfter;
}
