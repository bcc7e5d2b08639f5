import { dateText, format } from "@backtalk/engine";
import { useMemo } from "preact/hooks";
import { backOne, backToFacts, resultOf } from "../check/check-session.ts";
import { explained } from "../check/current-plan.ts";
import { LevelBanner } from "../components/level-banner.tsx";
import { Link } from "../components/link.tsx";
import { PlanView } from "../components/plan-view.tsx";
import { Reasons } from "../components/reasons.tsx";
import { navigate } from "../router.ts";
import { startCheck } from "../state/check-actions.ts";
import { check, checkLoaded, saveCheck } from "../state/check-state.ts";
import { countryCode, lang, text, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

/** The level first, then every reason with the person's answers and sources, the causes and the plan. */
export default function ResultScreen() {
  const record = check.value;
  const t = ui.value;
  const messages = text.value;
  const result = useMemo(() => (record?.finishedOn ? resultOf(record, today()) : null), [record]);
  const explanation = useMemo(
    () => (result ? explained(result, lang.value, countryCode.value) : null),
    [result, lang.value, countryCode.value],
  );

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

  const changeAnswers = () => {
    void saveCheck(backOne(record)).then(() => navigate("check"));
  };
  const answerOpen = () => {
    void saveCheck(backToFacts(record, result.missing)).then(() => navigate("check"));
  };
  const startAgain = () => {
    if (window.confirm(t.result.confirmStartAgain)) void startCheck();
  };

  return (
    <article class="result">
      <h1 tabIndex={-1}>{t.result.title}</h1>
      <p class="meta">{format(t.result.checkedOn, { date: dateText(record.finishedOn, lang.value) })}</p>
      <LevelBanner explanation={explanation} />

      {result.missing.length > 0 ? (
        <section class="missing" aria-labelledby="missing-title">
          <h2 id="missing-title">{t.result.missingTitle}</h2>
          <p>{explanation.missingIntro}</p>
          <ul>
            {explanation.missing.map((item) => (
              <li key={item.fact}>{item.question}</li>
            ))}
          </ul>
          <button type="button" class="secondary no-print" onClick={answerOpen}>
            {t.result.answerOpen}
          </button>
        </section>
      ) : null}

      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title">{explanation.reasonsIntro}</h2>
        <Reasons reasons={explanation.reasons} messages={messages} ui={t} />
      </section>

      {explanation.causes.length > 0 ? (
        <section aria-labelledby="causes-title">
          <h2 id="causes-title">{t.result.causesTitle}</h2>
          <p>{explanation.causesIntro}</p>
          <ul class="causes">
            {explanation.causes.map((cause) => (
              <li key={cause.id}>
                <h3>{cause.name}</h3>
                <p>{cause.explanation}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{explanation.plan.title}</h2>
        <PlanView sections={explanation.plan.sections} ui={t} level={3} />
      </section>

      <p class="meta">{explanation.version}</p>

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
