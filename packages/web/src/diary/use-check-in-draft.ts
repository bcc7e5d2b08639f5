import { useState } from "preact/hooks";
import type { DraftValue } from "../check/check-session.ts";
import { type Zone, zonesOf } from "./body-zones.ts";
import { type CheckInDraft, type CheckInProblem, problemsOf, type SignFact } from "./check-in-form.ts";
import { diary } from "./diary-state.ts";

/** A new check-in starts where the last one said the pain was; everything else is asked again. */
function startingDraft(): CheckInDraft {
  const last = diary.value?.checkIns.at(-1);
  return { zones: last ? zonesOf(last.region, last.side) : new Set(), signs: {}, note: "" };
}

/**
 * The check-in being filled in and the problems found on the last submit. A problem the person has since
 * fixed disappears at once; a new one waits for the next submit, so the form does not scold while typing.
 */
export function useCheckInDraft() {
  const [draft, setDraft] = useState<CheckInDraft>(startingDraft);
  const [problems, setProblems] = useState<CheckInProblem[]>([]);

  const update = (next: CheckInDraft) => {
    setDraft(next);
    if (problems.length > 0) setProblems(problemsOf(next).filter((problem) => problems.includes(problem)));
  };
  const withSigns = (change: (signs: Partial<Record<SignFact, DraftValue>>) => void) => {
    const signs = { ...draft.signs };
    change(signs);
    update({ ...draft, signs });
  };

  return {
    draft,
    problems,
    setPain: (pain: number) => update({ ...draft, pain }),
    toggleZone: (zone: Zone) => {
      const zones = new Set(draft.zones);
      if (zones.has(zone)) zones.delete(zone);
      else zones.add(zone);
      update({ ...draft, zones });
    },
    setMobility: (value: DraftValue | undefined) => {
      const { mobility: _old, ...rest } = draft;
      update(value === undefined ? rest : { ...rest, mobility: value });
    },
    setSign: (fact: SignFact, value: DraftValue | undefined) =>
      withSigns((signs) => {
        if (value === undefined) delete signs[fact];
        else signs[fact] = value;
      }),
    /** "None of these": every sign in the list answered no. */
    noneOf: (facts: readonly SignFact[]) =>
      withSigns((signs) => {
        for (const fact of facts) signs[fact] = false;
      }),
    setNote: (note: string) => update({ ...draft, note }),
    /** Shows what is missing; true when the check-in can be saved. */
    validate: (): boolean => {
      const found = problemsOf(draft);
      setProblems(found);
      return found.length === 0;
    },
  };
}
