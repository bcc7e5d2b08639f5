import type { Understood } from "@backtalk/engine";
import { useEffect, useMemo, useState } from "preact/hooks";
import { countryCode, lang } from "../state/settings.ts";
import { today } from "../state/today.ts";
import type { DescribeView } from "./describe-model.ts";
import { description, descriptionLoaded } from "./describe-state.ts";

type Logic = typeof import("./describe-logic.ts");

let logic: Promise<Logic> | undefined;
/** The reader and its lexicons load on first use of the box, never with the first screen. */
export const loadLogic = (): Promise<Logic> => {
  logic ??= import("./describe-logic.ts");
  return logic;
};

/** Waits this long after the last key before reading the words again. */
const READ_DELAY_MS = 250;

/**
 * What the person's words say, read again after each pause in typing: the facts as chips (without those the
 * person removed), the marked words and the advice preview. Null while nothing is written or read yet.
 */
export function useDescribedView(): DescribeView | null {
  const record = description.value;
  const words = record.text.trim();
  const [module, setModule] = useState<Logic | null>(null);
  const [understood, setUnderstood] = useState<Understood | null>(null);

  useEffect(() => {
    if (!descriptionLoaded.value || words === "") {
      setUnderstood(null);
      return;
    }
    let current = true;
    const timer = setTimeout(
      () =>
        void loadLogic().then(async (loaded) => {
          const read = await loaded.readInBackground(record.text, lang.value, today());
          if (!current) return;
          setModule(loaded);
          setUnderstood(read);
        }),
      understood ? READ_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [record.text, lang.value, descriptionLoaded.value]);

  return useMemo(
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
}
