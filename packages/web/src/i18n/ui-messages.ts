import type { DescribeMessages } from "../describe/describe-messages.ts";
import type { DiaryMessages } from "./diary-messages.ts";
import type { PluralForms } from "./plural.ts";

/**
 * The app's own words: buttons, navigation, timer and walk labels, headings. Clinical wording and numbers
 * never live here; they come from the engine's locales (`messagesFor`). `{name}` placeholders are filled
 * with the engine's `format`. Every language implements this interface, so tsc finds a missing key.
 */
export interface UiMessages {
  readonly skipToContent: string;
  readonly loading: string;
  readonly nav: {
    readonly label: string;
    readonly check: string;
    readonly result: string;
    readonly plan: string;
    readonly timer: string;
    readonly walks: string;
    readonly learn: string;
    readonly diary: string;
    readonly checkin: string;
    readonly report: string;
    readonly data: string;
  };
  readonly language: { readonly label: string };
  readonly country: {
    readonly label: string;
    readonly other: string;
    readonly hint: string;
  };
  readonly start: {
    readonly title: string;
    readonly lead: string;
    readonly points: readonly string[];
    readonly begin: string;
    readonly resume: string;
    readonly restart: string;
    readonly seeResult: string;
    readonly privacy: string;
  };
  readonly check: {
    readonly title: string;
    readonly progress: string;
    readonly progressLast: string;
    readonly announce: string;
    readonly continue: string;
    readonly back: string;
    readonly noneOfTheseHint: string;
    readonly errorTitle: string;
    readonly errorUnanswered: string;
    readonly errorNumber: string;
    readonly errorNumberMin: string;
    readonly findOutTitle: string;
    readonly noCheck: string;
  };
  readonly result: {
    readonly title: string;
    readonly none: string;
    readonly startCheck: string;
    readonly checkedOn: string;
    readonly print: string;
    readonly changeAnswers: string;
    readonly startAgain: string;
    readonly confirmStartAgain: string;
    readonly answerOpen: string;
    readonly causesTitle: string;
    readonly missingTitle: string;
    readonly sourcesFor: string;
    /** After the key reasons, when more reasons wait in the fold. */
    readonly moreReasons: PluralForms;
    readonly safetyNetTitle: string;
    readonly startDiary: string;
    readonly allReasonsTitle: string;
    readonly changeAnswer: string;
    readonly sourcesLink: string;
  };
  readonly plan: {
    readonly title: string;
    readonly general: string;
    readonly personal: string;
    readonly openTimer: string;
    readonly openWalks: string;
    /** On the walks and timer screens when the person's result leaves that tool out. */
    readonly notInAdvice: { readonly walks: string; readonly cold: string };
    readonly backToAdvice: string;
  };
  readonly timer: {
    readonly title: string;
    readonly intro: string;
    readonly cautionsAck: string;
    readonly cautionsNeedAck: string;
    readonly cautionsAgain: string;
    readonly start: string;
    readonly stop: string;
    readonly readyStatus: string;
    readonly coolingStatus: string;
    readonly coolingHint: string;
    readonly restingStatus: string;
    readonly restingHint: string;
    readonly remainingLabel: string;
    readonly restLabel: string;
    readonly announceStarted: string;
    readonly announceDone: string;
    readonly announceRestOver: string;
    readonly notifyDoneTitle: string;
    readonly notifyDoneBody: string;
    readonly notifyRestTitle: string;
    readonly notifyRestBody: string;
    readonly roundsTitle: string;
    readonly roundsNone: string;
    readonly roundLine: string;
    readonly roundStoppedEarly: string;
    readonly limitsNote: string;
  };
  readonly walks: {
    readonly title: string;
    readonly goal: PluralForms;
    /** `{count}` walks done of `{goal}`; the form follows the goal ("1 of 1 walk", "1 of 4 walks"). */
    readonly todayCount: PluralForms;
    readonly goalReached: string;
    readonly log: string;
    readonly logged: string;
    readonly undo: string;
    readonly listTitle: string;
    readonly none: string;
    readonly remindersTitle: string;
    readonly remindersOn: string;
    readonly remindersOff: string;
    readonly remindersHint: string;
    readonly nextReminder: string;
    readonly noMoreToday: string;
    readonly notifyTitle: string;
    readonly notifyBody: string;
    readonly dismiss: string;
  };
  readonly notifications: {
    readonly allow: string;
    readonly allowed: string;
    readonly denied: string;
    readonly unsupported: string;
  };
  readonly learn: {
    readonly title: string;
    readonly intro: string;
    readonly contents: string;
    readonly causesTitle: string;
    readonly causesIntro: string;
    readonly selfCareTitle: string;
    readonly selfCareIntro: string;
    readonly sourcesTitle: string;
    readonly sourcesIntro: string;
    readonly disclaimerTitle: string;
  };
  readonly footer: { readonly learnMore: string };
  readonly update: { readonly ready: string; readonly reload: string };
  readonly notFound: { readonly title: string; readonly body: string; readonly home: string };
  readonly diary: DiaryMessages;
  readonly describe: DescribeMessages;
}
