import {
  type Answer,
  answerScreen,
  assess,
  type FactId,
  factsOf,
  format,
  goBack,
  type InterviewState,
  nextStep,
  SCREENS,
  startInterview,
  visibleQuestions,
} from "@backtalk/engine";
import { cancel, intro, log, outro } from "@clack/prompts";
import { askQuestion, BACK, CANCEL } from "../ask.ts";
import { readInitialFacts, UsageError } from "../io.ts";
import type { ResultView } from "../render/assessment.ts";
import { renderAssessment } from "../render/assessment.ts";
import type { Chrome } from "../render/chrome.ts";
import { wrap } from "../render/text.ts";
import { type OutputOptions, outputSettings } from "./common.ts";

export interface CheckOptions extends OutputOptions {
  readonly answers?: string;
}

type Draft = Partial<Record<FactId, Answer>>;

/**
 * Asks one screen, question by question; follow-ups appear as their trigger is answered. Returns the answers,
 * "back" (to the previous screen) or "cancel". Stops early when the answers so far already end the
 * interview (an emergency sign), so the advice comes at once.
 */
async function askScreen(
  state: InterviewState,
  screenId: (typeof SCREENS)[number]["id"],
  view: ResultView,
  chrome: Chrome,
) {
  const screen = SCREENS.find((candidate) => candidate.id === screenId);
  if (!screen) throw new Error(`unknown screen ${screenId}`);
  const before = factsOf(state);
  const draft: Draft = {};
  const order: FactId[] = [];
  for (;;) {
    const question = visibleQuestions(screen, before, draft).find((candidate) => !(candidate.fact in draft));
    if (!question) return draft;
    const canGoBack = order.length > 0 || state.steps.length > 0;
    const asked = await askQuestion(question, view.messages, chrome, canGoBack, view.width);
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

/** `backtalk check`: the interactive interview, then the result. Returns the exit status. */
export async function checkCommand(options: CheckOptions): Promise<number> {
  const { today, view, chrome } = outputSettings(options);
  let state = startInterview(options.answers ? readInitialFacts(options.answers) : {});
  const print = () =>
    process.stdout.write(`\n${renderAssessment(assess(factsOf(state), { today }), view)}\n`);

  if (!process.stdin.isTTY) {
    // Without a terminal, only a check that the pre-filled answers already settle can be shown.
    if (!nextStep(state).done) throw new UsageError(chrome.needsTerminal);
    print();
    return 0;
  }

  intro(view.messages.appName);
  const paragraph = (text: string) => wrap(text, view.width - 4).join("\n");
  log.message(paragraph(view.messages.disclaimer.short));
  for (;;) {
    const step = nextStep(state);
    if (step.done) break;
    const { title, intro: screenIntro } = view.messages.screens[step.screen.id];
    log.step(`${title}  ${view.style.dim(format(chrome.step, { answered: step.progress.answered + 1 }))}`);
    if (screenIntro) log.message(paragraph(screenIntro));
    const answers = await askScreen(state, step.screen.id, view, chrome);
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
