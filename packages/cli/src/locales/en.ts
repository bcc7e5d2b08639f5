import type { UnderstoodLang } from "@backtalk/engine";

/**
 * The command line's own words in English: how to use the prompts, never anything clinical (questions, levels,
 * advice and plans all come from the engine's catalogs). Every other language has this shape (`Chrome`).
 */
export const en = {
  back: "Back",
  chooseHint: "Type to choose, or use the arrow keys and Enter",
  numberHint: "Type a number, or press Enter if you're not sure",
  notAWholeNumber: "Please type a whole number from {min} to {max}, or leave it empty.",
  notAWholeNumberFrom: "Please type a whole number of at least {min}, or leave it empty.",
  cancelled: "Stopped. Nothing was saved.",
  needsTerminal:
    "backtalk check asks questions and needs a terminal. Give the answers with --answers FILE, or use backtalk assess --case FILE.",
  step: "Step {answered}",
  result: "Your result",
  caseHeading: "Case {id}",
  noId: "(no id)",
  asked: "Screens shown, in order:",
  wrotePdf: "Saved the report as {file}",
  describePrompt: "Tell us in your own words (Enter to skip)",
  describePlaceholder: "e.g. when it started, what you were doing, where it hurts",
  understoodTitle: "What we understood from your words:",
  understoodNone: "We did not find anything we can use in your words. We will ask you.",
  readAs: "Read as: {lang}",
  /** The name of each language whose words are read, for "Read as". */
  langNames: { en: "English", es: "Spanish" } satisfies Record<UnderstoodLang, string> as Record<
    UnderstoodLang,
    string
  >,
  signTag: "warning sign: we will ask you to confirm",
  mixedLanguage:
    "We could not tell whether this is English or Spanish, so we will ask every question without filling in answers.",
  denied: "you said no",
  uncertainLine: "You were not sure about these, so we will ask: {list}",
  askLeft:
    "Next, we ask every question that could change the advice, with the answers your words suggest already chosen. Check each one and change it if it is wrong.",
  previewEmergency: "From what you wrote, this may need emergency care",
  previewUrgent: "From what you wrote, you may need to see a doctor today",
  previewConfirm: "We will also ask you to confirm this.",
  fromText: "You wrote {words}. Check the answer chosen for you.",
  screensAfter: "Screens shown after the description, in order:",
  prefilled: "pre-filled from the words, to confirm: {list}",
  moreReasons: "{count, plural, one {# more reason is} other {# more reasons are}} listed further down.",
  otherReasons: "More reasons",
};

export type Chrome = typeof en;
