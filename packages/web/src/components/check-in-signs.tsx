import { format, type Messages } from "@backtalk/engine";
import type { DraftValue } from "../check/check-session.ts";
import { QuestionField } from "../check/question-field.tsx";
import {
  CHECKLIST_SIGNS,
  type CheckInDraft,
  type CheckInProblem,
  DETAIL_SIGNS,
  type SignFact,
  visibleSigns,
} from "../diary/check-in-form.ts";
import type { DiaryMessages } from "../i18n/diary-messages.ts";
import type { UiMessages } from "../i18n/ui-messages.ts";
import { NoneOfThese } from "./none-of-these.tsx";

interface CheckInSignsProps {
  readonly draft: CheckInDraft;
  readonly problems: readonly CheckInProblem[];
  readonly messages: Messages;
  readonly ui: UiMessages;
  readonly words: DiaryMessages;
  readonly onSign: (fact: SignFact, value: DraftValue | undefined) => void;
  readonly onNone: (facts: readonly SignFact[]) => void;
}

/**
 * The check-in's warning-sign re-screen: the leg signs with their follow-ups, then the yes/no checklist with
 * "None of these" after it. Every sign offers "not sure", which stays unknown.
 */
export function CheckInSigns({ draft, problems, messages, ui, words, onSign, onNone }: CheckInSignsProps) {
  const checklist = visibleSigns(draft, CHECKLIST_SIGNS);
  const details = visibleSigns(draft, DETAIL_SIGNS);
  const unanswered = format(ui.check.errorUnanswered, { dontKnow: messages.answers.dontKnow });
  const field = (fact: SignFact) => (
    <QuestionField
      key={fact}
      fact={fact}
      value={draft.signs[fact]}
      error={problems.includes(fact) ? unanswered : undefined}
      messages={messages}
      ui={ui}
      onChange={(value) => onSign(fact, value)}
    />
  );
  return (
    <section class="signs" aria-labelledby="signs-title">
      <h2 id="signs-title">{words.checkIn.signsTitle}</h2>
      <p>{words.checkIn.signsIntro}</p>
      <h3>{words.checkIn.legsTitle}</h3>
      {details.map(field)}
      <h3>{words.checkIn.otherSignsTitle}</h3>
      {checklist.map(field)}
      <NoneOfThese
        label={messages.answers.noneOfThese}
        hint={words.checkIn.noneHint}
        hintId="signs-none-hint"
        onClick={() => onNone(checklist)}
      />
    </section>
  );
}
