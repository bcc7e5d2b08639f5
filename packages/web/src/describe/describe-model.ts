import {
  adviceBroughtForward,
  answerText,
  type FactId,
  type Facts,
  type FactValue,
  factsOf,
  type InterviewState,
  type Lang,
  messagesFor,
  startFromWords,
  type Understood,
} from "@backtalk/engine";
import type { Span, StartedFrom } from "./describe-state.ts";
import { type Preview, previewOfAssessment } from "./preview.ts";

export type { Preview };

import { type Segment, segmentsOf } from "./highlight.ts";

/**
 * The box's logic over the engine's `understand`: chips, highlighted words, the advice preview and the facts a
 * check starts with. Loaded on demand (dynamic import) the first time the box is used, so the reader's
 * lexicons stay out of the first screen's JavaScript. Nothing here decides anything clinical.
 */

/** One fact read from the words, as a removable chip. */
export interface Chip {
  readonly fact: FactId;
  /** The engine's short label ("Leg pain"). */
  readonly label: string;
  /** The value in words ("Below the knee"). */
  readonly value: string;
  /** "Leg pain: Below the knee", for the chip's accessible name and announcements. */
  readonly item: string;
  /** A warning sign: its advice shown now, its answer still confirmed in the check like every other. */
  readonly sign: boolean;
}

export interface DescribeView {
  /** The language the words were read in (it may differ from the app's). */
  readonly lang: Lang;
  readonly chips: readonly Chip[];
  readonly removed: readonly Chip[];
  readonly segments: readonly Segment[];
  /** Labels of facts written with doubt: the check asks them. */
  readonly uncertain: readonly string[];
  readonly preview: Preview | null;
}

/** The reading without the facts whose chips were removed: they stay unknown, so the check asks them. */
export function withoutRemoved(understood: Understood, removed: readonly FactId[]): Understood {
  const gone = new Set(removed);
  return {
    ...understood,
    facts: Object.fromEntries(
      Object.entries(understood.facts).filter(([fact]) => !gone.has(fact as FactId)),
    ) as Facts,
    evidence: understood.evidence.filter((item) => !gone.has(item.fact)),
    warningSigns: understood.warningSigns.filter((fact) => !gone.has(fact)),
  };
}

/** One chip per fact read, in the order its words first appear. */
export function chipsOf(understood: Understood, lang: Lang): Chip[] {
  const messages = messagesFor(lang);
  const firstAt = (fact: FactId) =>
    Math.min(...understood.evidence.filter((item) => item.fact === fact).map((item) => item.start));
  return (Object.entries(understood.facts) as [FactId, FactValue][])
    .sort(([a], [b]) => firstAt(a) - firstAt(b))
    .map(([fact, value]) => {
      const label = messages.facts[fact].short;
      const words = answerText(fact, value, lang);
      return {
        fact,
        label,
        value: words,
        item: `${label}: ${words}`,
        sign: understood.warningSigns.includes(fact),
      };
    });
}

/**
 * The advice the warning signs in the words would mean, from the engine (adviceBroughtForward): shown at once
 * when it is an emergency or a same-day matter, before any answer is confirmed.
 */
export function previewOf(
  existing: Facts,
  understood: Understood,
  options: { lang: Lang; country: string | undefined },
): Preview | null {
  const ahead = adviceBroughtForward(existing, understood.facts);
  return ahead ? previewOfAssessment(ahead, options) : null;
}

/** Everything the box shows for the words as they are now. */
export function viewOf(
  text: string,
  understood: Understood,
  removed: readonly FactId[],
  options: { lang: Lang; country: string | undefined; existing: Facts },
): DescribeView {
  const kept = withoutRemoved(understood, removed);
  const messages = messagesFor(options.lang);
  const all = chipsOf(understood, options.lang);
  return {
    lang: understood.lang,
    chips: chipsOf(kept, options.lang),
    removed: all.filter((chip) => removed.includes(chip.fact)),
    segments: segmentsOf(text, kept.evidence),
    uncertain: understood.uncertain.map((fact) => messages.facts[fact].short),
    preview: previewOf(options.existing, kept, options),
  };
}

/** The answers given in a check (its steps), without the facts it started with. */
export const answersIn = (state: InterviewState): Facts => factsOf({ initial: {}, steps: state.steps });

/**
 * The start of a check after the words, from the engine (startFromWords): `answers` (given earlier in this
 * check) are never changed, and what the words seemed to say is only each question's pre-filled answer
 * (`prefill`), to confirm or change; only descriptive facts (where it hurts, how bad) start as given.
 */
export function startFrom(
  text: string,
  understood: Understood,
  removed: readonly FactId[],
  answers: Facts,
): StartedFrom {
  const kept = withoutRemoved(understood, removed);
  const state = startFromWords(kept, answers);
  const prefill = state.suggested ?? {};
  const used = Object.fromEntries(
    (Object.entries(kept.facts) as [FactId, FactValue][]).filter(
      ([fact]) =>
        prefill[fact] !== undefined || (answers[fact] === undefined && state.initial[fact] !== undefined),
    ),
  ) as Facts;
  const spans: Span[] = kept.evidence
    .filter((item) => used[item.fact] !== undefined)
    .map(({ fact, value, start, end, text: words, negated }) => ({
      fact,
      value,
      start,
      end,
      text: words,
      ...(negated ? { negated } : {}),
    }));
  return { text, lang: understood.lang, initial: state.initial, answers, used, spans, prefill };
}
