/**
 * The words of the "Tell us in your own words" box and of "What you told us" on the check. They are the
 * app's own words (how to use the box); what a fact is called and what a level means come from the engine's
 * locales. Each language's catalog (i18n/<lang>.ts) fills them under `describe`.
 */
export interface DescribeMessages {
  readonly title: string;
  readonly optional: string;
  readonly label: string;
  readonly hint: string;
  readonly reading: string;
  readonly understoodTitle: string;
  readonly understoodHint: string;
  readonly wordsLabel: string;
  readonly nothingYet: string;
  readonly chipsLabel: string;
  /** Read by screen readers before a chip's words ("Remove: Age: 45 years"): a chip is a remove button. */
  readonly remove: string;
  readonly signTag: string;
  readonly removedTitle: string;
  readonly putBack: string;
  readonly askLater: string;
  readonly announce: string;
  readonly announceNone: string;
  readonly announceRemoved: string;
  readonly announcePutBack: string;
  readonly continue: string;
  readonly continueHint: string;
  readonly bannerEmergency: string;
  readonly bannerUrgent: string;
  readonly bannerBecause: string;
  readonly bannerConfirm: string;
  readonly toldTitle: string;
  readonly toldUsed: string;
  readonly toldNothing: string;
  readonly edit: string;
  /** Under a question pre-filled from the text: `{words}` are the person's own words. */
  readonly fromText: string;
  /** The same when the words deny it ("no fever"): the quoted words alone would read like a yes. */
  readonly fromTextDenied: string;
  readonly toConfirm: string;
  readonly bannerConfirmHere: string;
}
