import {
  type Answer,
  type FactId,
  type Facts,
  type InterviewMode,
  mergeUnderstood,
  type Understood,
  understand,
} from "@backtalk/engine";
import { isCancel, text } from "@clack/prompts";
import { CANCEL } from "../ask.ts";
import { UsageError } from "../io.ts";
import type { ResultView } from "../render/assessment.ts";
import type { Chrome } from "../render/chrome.ts";
import { wrap } from "../render/text.ts";
import { renderPreview, renderUnderstood } from "../render/understood.ts";

/** Longest description read, as the API's `text`: longer words are refused rather than cut. */
export const MAX_TEXT_LENGTH = 4000;

/** What `check` read from the person's words, and the answers it chooses in advance for them to confirm. */
export interface Words {
  readonly understood: Understood;
  /** Warning signs read from the words: never taken as given, only pre-selected where they are asked. */
  readonly prefill: Partial<Record<FactId, Answer>>;
}

export function checkedText(words: string | undefined): string {
  const trimmed = words?.trim() ?? "";
  if (trimmed.length > MAX_TEXT_LENGTH) {
    throw new UsageError(`--text must be at most ${MAX_TEXT_LENGTH} characters, got ${trimmed.length}`);
  }
  return trimmed;
}

/** The optional first prompt of an interactive check; Enter alone skips it. */
export async function askForWords(chrome: Chrome): Promise<string | typeof CANCEL> {
  const typed = await text({ message: chrome.describePrompt, placeholder: chrome.describePlaceholder });
  return isCancel(typed) ? CANCEL : checkedText(typed);
}

/**
 * The start of the check after the words: they fill facts still unknown (never an answer from --answers,
 * never a warning sign, which is pre-selected instead), and the follow-up screens ask what is left.
 */
export function startFromWords(
  words: string,
  given: Facts,
  today: string,
): { initial: Facts; mode: InterviewMode; words: Words | null } {
  if (words === "") return { initial: given, mode: "topics", words: null };
  const understood = understand(words, { today });
  const initial = mergeUnderstood(given, understood);
  const prefill: Partial<Record<FactId, Answer>> = {};
  for (const fact of understood.warningSigns) {
    const value = understood.facts[fact];
    if (initial[fact] === undefined && value !== undefined) prefill[fact] = value;
  }
  return { initial, mode: "follow_up", words: { understood, prefill } };
}

/** What was understood, the advice at once for warning signs, and what comes next. */
export function wordsLines(words: Words, given: Facts, view: ResultView, chrome: Chrome): string[] {
  const preview = renderPreview(given, words.understood, view, chrome);
  return [
    ...renderUnderstood(words.understood, view, chrome),
    ...(preview.length > 0 ? ["", ...preview] : []),
    "",
    ...wrap(chrome.askLeft, view.width),
  ];
}
