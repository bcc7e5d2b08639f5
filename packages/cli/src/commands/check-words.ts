import {
  type Facts,
  type InterviewState,
  readDescription,
  startFromWords,
  startInterview,
  type Understood,
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

/** What `check` read from the person's words; undefined when their language could not be told (mixed). */
export interface Words {
  readonly understood: Understood | undefined;
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
 * The start of the check after the words (the engine's startFromWords): answers from --answers are kept, and
 * everything the words seemed to say is only the pre-selected answer of its question, asked in the follow-up
 * screens. The words are read in their own language; mixed or unknown text pre-selects nothing.
 */
export function checkFromWords(
  words: string,
  given: Facts,
  today: string,
): { state: InterviewState; words: Words | null } {
  if (words === "") return { state: startInterview(given), words: null };
  const understood = readDescription(words, { today });
  return { state: startFromWords(understood ?? { facts: {} }, given), words: { understood } };
}

/** What was understood, the advice at once for warning signs, and what comes next. */
export function wordsLines(words: Words, given: Facts, view: ResultView, chrome: Chrome): string[] {
  if (!words.understood) return [...wrap(chrome.mixedLanguage, view.width)];
  const preview = renderPreview(given, words.understood, view, chrome);
  return [
    ...renderUnderstood(words.understood, view, chrome),
    ...(preview.length > 0 ? ["", ...preview] : []),
    "",
    ...wrap(chrome.askLeft, view.width),
  ];
}
