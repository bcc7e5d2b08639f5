import {
  dateText,
  type Explanation,
  type FactId,
  format,
  NOW_PLAN_SECTIONS,
  type PlanSection,
} from "@backtalk/engine";
import { useEffect, useMemo } from "preact/hooks";
import { followHistory, openAt } from "../check/check-history.ts";
import { backToFacts, moveTo, resultOf } from "../check/check-session.ts";
import { explained } from "../check/current-plan.ts";
import { CausesList } from "../components/causes-list.tsx";
import { Fold } from "../components/fold.tsx";
import { HowToTell } from "../components/how-to-tell.tsx";
import { LevelBanner } from "../components/level-banner.tsx";
import { Link } from "../components/link.tsx";
import { MissingQuestions } from "../components/missing-questions.tsx";
import { PlanLists, PlanView } from "../components/plan-view.tsx";
import { Reasons } from "../components/reasons.tsx";
import { SourcesLink } from "../components/sources-link.tsx";
import { countText } from "../i18n/plural.ts";
import { keepResultCopy } from "../result-copy/keep.ts";
import { startCheck } from "../state/check-actions.ts";
import { check, checkLoaded } from "../state/check-state.ts";
import { countryCode, lang, text, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

/** How many reasons the first screen names; the rest wait in the folded list with every answer. */
const KEY_REASONS = 3;

/**
 * A result read in half a minute: the first phone screen holds the level and what to do now, the key
 * reasons in plain words and when to get help at once. Everything else (every reason with the answers
 * behind it, possible causes, the plan in detail) is folded below, and the sources are one link to Learn.
 */
export default function ResultScreen() {
  const record = check.value;
  const t = ui.value;
  const messages = text.value;
  const result = useMemo(() => (record?.finishedOn ? resultOf(record, today()) : null), [record]);
  const explanation = useMemo(
    () => (result ? explained(result, lang.value, countryCode.value) : null),
    [result, lang.value, countryCode.value],
  );

  useEffect(() => {
    if (checkLoaded.value) followHistory();
  }, [checkLoaded.value]);

  // The page as drawn, for the next visit's first paint (result-copy/early.ts).
  useEffect(() => {
    const root = document.getElementById("app");
    if (record?.finishedOn && explanation && root) void keepResultCopy(record, root).catch(() => undefined);
  }, [record, explanation]);

  if (!checkLoaded.value) return <p aria-busy="true">{t.loading}</p>;
  if (!record || !result || !explanation || !record.finishedOn) {
    return (
      <div>
        <h1 tabIndex={-1}>{t.result.title}</h1>
        <p>{t.result.none}</p>
        {record && record.state.steps.length > 0 ? (
          <Link to="check" class="button primary">
            {t.start.resume}
          </Link>
        ) : (
          <button type="button" class="primary" onClick={() => void startCheck()}>
            {t.result.startCheck}
          </button>
        )}
      </div>
    );
  }

  const changeAnswers = () => openAt(moveTo(record, record.state.steps.length - 1, today()));
  const changeAnswer = (fact: FactId) => openAt(backToFacts(record, [fact]));
  const answerOpen = () =>
    openAt(backToFacts(record, [...result.missing, ...result.unsure.map((item) => item.fact)]));
  const startAgain = () => {
    if (window.confirm(t.result.confirmStartAgain)) void startCheck();
  };
  const safetyNet = safetyNetOf(explanation);
  // What to do now (an emergency's steps, a doctor today, the open questions) is never folded; the rest is.
  const now = explanation.plan.sections.filter((section) => NOW_PLAN_SECTIONS.has(section.id));
  const planDetails = withoutShownAbove(
    explanation.plan.sections.filter((section) => !NOW_PLAN_SECTIONS.has(section.id)),
    safetyNet,
  );
  const key = explanation.reasons.slice(0, KEY_REASONS);
  const more = explanation.reasons.length - key.length;

  return (
    <article class="result">
      <h1 tabIndex={-1}>{t.result.title}</h1>
      <LevelBanner explanation={explanation} />
      {now.length > 0 ? (
        <div class="result-now">
          <PlanView sections={now} ui={t} level={2} sources={false} />
        </div>
      ) : null}

      {result.missing.length > 0 ? (
        <section class="missing" aria-labelledby="missing-title">
          <h2 id="missing-title">{t.result.missingTitle}</h2>
          <MissingQuestions explanation={explanation} />
          <button type="button" class="secondary no-print" onClick={answerOpen}>
            {t.result.answerOpen}
          </button>
        </section>
      ) : null}

      <section class="key-reasons" aria-labelledby="key-reasons-title">
        <h2 id="key-reasons-title">{explanation.reasonsIntro}</h2>
        {explanation.unsure.length > 0 ? (
          <ul class="unsure">
            {explanation.unsure.map((item) => (
              <li key={item.fact} class="unsure-sign">
                <strong>{item.title}.</strong> {item.advice} <strong>{item.ifYes}</strong>
                <HowToTell text={item.howToTell} label={messages.unsure.howToTell} />
              </li>
            ))}
          </ul>
        ) : null}
        {key.length === 0 ? (
          explanation.noReasons ? (
            <p>{explanation.noReasons}</p>
          ) : null
        ) : (
          <ul>
            {key.map((rule) => (
              <li key={rule.id}>{rule.title}</li>
            ))}
          </ul>
        )}
        {more > 0 ? <p>{countText(lang.value, more, t.result.moreReasons)}</p> : null}
      </section>

      {safetyNet.length > 0 ? (
        <section class="safety-net" aria-labelledby="safety-net-title">
          <h2 id="safety-net-title">{t.result.safetyNetTitle}</h2>
          <PlanLists lists={safetyNet} />
        </section>
      ) : null}

      {result.level === "self_care" || result.level === "soon" ? (
        <div class="actions no-print">
          <Link to="checkin" class="button primary">
            {t.result.startDiary}
          </Link>
        </div>
      ) : null}

      <Fold title={t.result.allReasonsTitle}>
        <Reasons
          reasons={explanation.reasons}
          none={explanation.noReasons}
          messages={messages}
          ui={t}
          onChange={changeAnswer}
        />
      </Fold>

      {explanation.causes.length > 0 ? (
        <Fold title={t.result.causesTitle}>
          <p>{explanation.causesIntro}</p>
          <CausesList causes={explanation.causes} />
        </Fold>
      ) : null}

      {planDetails.length > 0 ? (
        <Fold title={explanation.plan.title}>
          <PlanView sections={planDetails} ui={t} level={3} sources={false} />
        </Fold>
      ) : null}

      <SourcesLink />
      <p class="meta">
        {format(t.result.checkedOn, { date: dateText(record.finishedOn, lang.value) })}. {explanation.version}
      </p>

      <div class="actions no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t.result.print}
        </button>
        <button type="button" class="secondary" onClick={changeAnswers}>
          {t.result.changeAnswers}
        </button>
        <button type="button" class="secondary" onClick={startAgain}>
          {t.result.startAgain}
        </button>
      </div>
    </article>
  );
}

type WatchList = PlanSection["lists"][number];

/** "Get help at once if…": the plan's lists of signs that call for the emergency number or a doctor today. */
function safetyNetOf(explanation: Explanation): WatchList[] {
  const watch = explanation.plan.sections.find((section) => section.id === "watchFor");
  return (watch?.lists ?? []).filter(
    (list) => (list.level === "emergency" || list.level === "urgent") && list.items.length > 0,
  );
}

/** The plan for the fold, without the lists already shown on the first screen. */
function withoutShownAbove(sections: readonly PlanSection[], shown: readonly WatchList[]): PlanSection[] {
  return sections.map((section) =>
    section.id === "watchFor"
      ? { ...section, lists: section.lists.filter((list) => !shown.includes(list)) }
      : section,
  );
}
