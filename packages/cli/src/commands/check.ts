import {
  type Answer,
  answerScreen,
  type FactId,
  FOLLOW_UP_SCREENS,
  factsOf,
  format,
  goBack,
  type InterviewState,
  nextStep,
  openSuggestions,
  SCREENS,
  type ScreenId,
  visibleQuestions,
} from "@backtalk/engine";
import { cancel, intro, log, outro } from "@clack/prompts";
import { askQuestion, BACK, CANCEL } from "../ask.ts";
import { readInitialFacts, UsageError } from "../io.ts";
import type { ResultView } from "../render/assessment.ts";
import { renderAssessment } from "../render/assessment.ts";
import type { Chrome } from "../render/chrome.ts";
import { wrap } from "../render/text.ts";
import { wordsOf } from "../render/understood.ts";
import { askForWords, checkedText, checkFromWords, type Words, wordsLines } from "./check-words.ts";
import { type OutputOptions, outputSettings } from "./common.ts";

export interface CheckOptions extends OutputOptions {
  readonly answers?: string;
  /** The person's own words, read first; without it an interactive check asks for them (optional). */
  readonly text?: string;
}

type Draft = Partial<Record<FactId, Answer>>;

/**
 * Asks one screen, question by question; follow-ups appear as their trigger is answered. Returns the answers,
 * "back" (to the previous screen) or "cancel". Stops early when the answers so far already end the
 * interview (an emergency sign), so the advice comes at once.
 */
async function askScreen(
  state: InterviewState,
  screenId: ScreenId,
  view: ResultView,
  chrome: Chrome,
  words: Words | null,
) {
  const screen = [...SCREENS, ...FOLLOW_UP_SCREENS].find((candidate) => candidate.id === screenId);
  if (!screen) throw new Error(`unknown screen ${screenId}`);
  const before = factsOf(state);
  const suggested = openSuggestions(state);
  const draft: Draft = {};
  const order: FactId[] = [];
  for (;;) {
    const question = visibleQuestions(screen, before, draft).find((candidate) => !(candidate.fact in draft));
    if (!question) return draft;
    const canGoBack = order.length > 0 || state.steps.length > 0;
    // What the words seemed to say is the starting choice here, confirmed (or changed) by the person.
    const preselect = suggested[question.fact];
    if (words?.understood && preselect !== undefined) {
      log.info(format(chrome.fromText, { words: wordsOf(words.understood, question.fact, chrome) }));
    }
    const asked = await askQuestion(question, view.messages, chrome, canGoBack, view.width, preselect);
    if (asked === CANCEL) return CANCEL;
    if (asked === BACK) {
      const last = order.pop();
      if (last === undefined) return BACK;
      delete draft[last];
      continue;
    }
    draft[question.fact] = asked;
    order.push(question.fact);
    if (nextStep(answerScreen(state, screen.id, draft)).done) return draft;
  }
}

/** `backtalk check`: the person's words (optional), the interactive interview, then the result. */
export async function checkCommand(options: CheckOptions): Promise<number> {
  const { today, view, chrome } = outputSettings(options);
  const given = options.answers ? readInitialFacts(options.answers) : {};
  let words = checkedText(options.text);
  const tty = process.stdin.isTTY === true;
  const paragraph = (text: string) => wrap(text, view.width - 4).join("\n");
  if (tty) {
    intro(view.messages.appName);
    log.message(paragraph(view.messages.disclaimer.short));
    if (options.text === undefined) {
      const typed = await askForWords(chrome);
      if (typed === CANCEL) {
        cancel(chrome.cancelled);
        return 130;
      }
      words = typed;
    }
  }
  const start = checkFromWords(words, given, today);
  let state = start.state;
  const print = () =>
    process.stdout.write(`\n${renderAssessment(nextStep(state, { today }).assessment, view)}\n`);

  if (!tty) {
    // Without a terminal: what the words say (and their advice at once), then only a check that is
    // already settled can be shown.
    if (start.words) process.stdout.write(`${wordsLines(start.words, given, view, chrome).join("\n")}\n`);
    if (!nextStep(state).done) throw new UsageError(chrome.needsTerminal);
    print();
    return 0;
  }

  if (start.words)
    log.message(wordsLines(start.words, given, { ...view, width: view.width - 4 }, chrome).join("\n"));
  for (;;) {
    const step = nextStep(state);
    if (step.done) break;
    const { title, intro: screenIntro } = view.messages.screens[step.screen.id];
    log.step(`${title}  ${view.style.dim(format(chrome.step, { answered: step.progress.answered + 1 }))}`);
    if (screenIntro) log.message(paragraph(screenIntro));
    const answers = await askScreen(state, step.screen.id, view, chrome, start.words);
    if (answers === CANCEL) {
      cancel(chrome.cancelled);
      return 130;
    }
    state = answers === BACK ? goBack(state) : answerScreen(state, step.screen.id, answers);
  }
  outro(chrome.result);
  print();
  return 0;
}
