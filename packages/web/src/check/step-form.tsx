import { FACT_KINDS, type FactId, format, type InterviewProgress, type ScreenView } from "@backtalk/engine";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ErrorSummary } from "../components/error-summary.tsx";
import { NoneOfThese } from "../components/none-of-these.tsx";
import type { StartedFrom } from "../describe/describe-state.ts";
import { previewOfAssessment } from "../describe/preview.ts";
import { PreviewBanner } from "../describe/preview-banner.tsx";
import { fromTextNote, ToldUs } from "../describe/told-us.tsx";
import { saveCheck } from "../state/check-state.ts";
import { countryCode, describeText, lang, text, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";
import type { CheckRecord } from "../storage/kv.ts";
import { backOneScreen, focusRequest, goForward } from "./check-history.ts";
import {
  type DraftAnswers,
  type DraftValue,
  draftFor,
  type FieldProblem,
  problemsOf,
  settledBy,
  submitScreen,
  visibleFacts,
  withDraft,
} from "./check-session.ts";
import { fieldId, QuestionField } from "./question-field.tsx";

export interface StepProps {
  readonly record: CheckRecord;
  readonly step: Extract<InterviewProgress, { done: false }>;
  readonly started: StartedFrom | null;
}

/** One screen of the interview: its questions, the error summary, "None of these" and the way on or back. */
export function StepForm({ record, step, started }: StepProps) {
  const t = ui.value;
  const messages = text.value;
  const screen: ScreenView = step.screen;
  const [draft, setDraft] = useState<DraftAnswers>(() => draftFor(record, screen.id));
  // Advice that warning signs in the person's words would mean, shown before they are confirmed.
  const ahead = useMemo(
    () =>
      step.broughtForward
        ? previewOfAssessment(step.broughtForward, { lang: lang.value, country: countryCode.value })
        : null,
    [step.broughtForward, lang.value, countryCode.value],
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const visible = visibleFacts(record, screen.id, draft);
  const number = step.progress.answered + 1;
  const more = step.progress.remainingAtMost - 1;
  const screenText = messages.screens[screen.id];

  useEffect(() => {
    if (focusRequest.heading) heading.current?.focus();
    focusRequest.heading = false;
  }, []);

  function change(fact: FactId, value: DraftValue | undefined) {
    const next: Partial<Record<FactId, DraftValue>> = { ...draft };
    if (value === undefined) delete next[fact];
    else next[fact] = value;
    setDraft(next);
    if (problems.length > 0)
      setProblems(
        problemsOf(visibleFacts(record, screen.id, next), next).filter((p) =>
          problems.some((q) => q.fact === p.fact),
        ),
      );
    void saveCheck(withDraft(record, screen.id, next));
  }

  function noneOfThese() {
    const next: Partial<Record<FactId, DraftValue>> = { ...draft };
    for (const fact of visible) next[fact] = false;
    setDraft(next);
    setProblems([]);
    void saveCheck(withDraft(record, screen.id, next));
  }

  function submit(event: Event) {
    event.preventDefault();
    // Open questions block Continue, unless the answers given already settle the result (an emergency).
    const found = settledBy(record, screen.id, draft) ? [] : problemsOf(visible, draft);
    setProblems(found);
    if (found.length > 0) return;
    const next = submitScreen(record, screen.id, draft, today());
    void saveCheck(next);
    goForward(next);
  }

  const problemText = (problem: FieldProblem): string => {
    if (problem.problem === "unanswered")
      return format(t.check.errorUnanswered, { dontKnow: messages.answers.dontKnow });
    const kind = FACT_KINDS[problem.fact];
    if (kind.type !== "integer") return "";
    return kind.max === undefined
      ? format(t.check.errorNumberMin, { min: kind.min })
      : format(t.check.errorNumber, { min: kind.min, max: kind.max });
  };

  return (
    <form class="check" onSubmit={submit} noValidate>
      <p class="progress-text">
        {format(more > 0 ? t.check.progress : t.check.progressLast, { step: number, more })}
      </p>
      <div class="progress-bar" aria-hidden="true">
        <div class={`progress-fill w${Math.round((10 * number) / (number + Math.max(more, 0)))}`} />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {format(t.check.announce, { step: number, title: screenText.title })}
      </p>
      <h1 tabIndex={-1} ref={heading}>
        {screenText.title}
      </h1>
      {screenText.intro ? <p class="lead">{screenText.intro}</p> : null}
      {ahead ? (
        <PreviewBanner
          preview={ahead}
          t={describeText.value}
          confirm={describeText.value.bannerConfirmHere}
        />
      ) : null}
      {started ? <ToldUs started={started} /> : null}

      <ErrorSummary
        title={t.check.errorTitle}
        problems={problems}
        anchorOf={(problem) => fieldId(problem.fact)}
        textOf={(problem) => `${messages.facts[problem.fact].short}: ${problemText(problem)}`}
      />

      {visible.map((fact) => {
        const problem = problems.find((candidate) => candidate.fact === fact);
        return (
          <QuestionField
            key={fact}
            fact={fact}
            value={draft[fact]}
            error={problem ? problemText(problem) : undefined}
            note={fromTextNote(started, fact)}
            messages={messages}
            ui={t}
            onChange={(value) => change(fact, value)}
          />
        );
      })}

      {/* After the list it answers, so it is read before it can be chosen. */}
      {screen.kind === "checklist" && visible.length > 1 ? (
        <NoneOfThese
          label={messages.answers.noneOfThese}
          hint={t.check.noneOfTheseHint}
          hintId="none-hint"
          onClick={noneOfThese}
        />
      ) : null}

      <div class="actions step-actions">
        <button type="submit" class="primary">
          {t.check.continue}
        </button>
        <button type="button" class="secondary" onClick={() => backOneScreen(record)}>
          {t.check.back}
        </button>
      </div>
    </form>
  );
}
