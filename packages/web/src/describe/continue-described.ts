import type { FactId, Facts, Understood } from "@backtalk/engine";
import { newCheck } from "../check/check-session.ts";
import { navigate } from "../router.ts";
import { check, saveCheck } from "../state/check-state.ts";
import { answersIn, startFrom } from "./describe-model.ts";
import { description, saveDescription, startedFor } from "./describe-state.ts";

/**
 * The answers a new start must keep: those given in the check still in progress, and those that check had
 * carried over itself. A finished check belongs to an earlier day and is not carried.
 */
export function answersToKeep(): Facts {
  const current = check.value;
  if (!current || current.finishedOn !== null) return {};
  const carried = startedFor(current, description.value)?.answers ?? {};
  return { ...carried, ...answersIn(current.state) };
}

/**
 * "Continue" under the box: starts the check in follow-up mode with any answers already given and what the
 * words seemed to say as pre-filled answers to confirm (never as given), then opens it. Loaded on demand with the box.
 */
export async function continueDescribed(understood: Understood, removed: readonly FactId[]): Promise<void> {
  const record = description.value;
  const started = startFrom(record.text, understood, removed, answersToKeep());
  await saveDescription({ ...record, removed: [...removed], started });
  await saveCheck(newCheck(started.initial, "follow_up", started.prefill));
  navigate("check");
}
