import { dateText, explainGeneralPlan, format } from "@backtalk/engine";
import { useMemo } from "preact/hooks";
import { currentAssessment, explained } from "../check/current-plan.ts";
import { Link } from "../components/link.tsx";
import { PlanView } from "../components/plan-view.tsx";
import { SourcesLink } from "../components/sources-link.tsx";
import { check } from "../state/check-state.ts";
import { countryCode, lang, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

/** The self-care plan on its own page: personal after a finished check, general before. */
export default function PlanScreen() {
  const t = ui.value;
  const { assessment, madeOn } = useMemo(() => currentAssessment(check.value, today()), [check.value]);
  // Before any check: the general self-care plan; after one: the plan that fits its level.
  const plan = useMemo(
    () =>
      madeOn === null
        ? explainGeneralPlan({ lang: lang.value, country: countryCode.value, today: today() })
        : explained(assessment, lang.value, countryCode.value).plan,
    [assessment, madeOn, lang.value, countryCode.value],
  );
  return (
    <div>
      <h1 tabIndex={-1}>{plan.title}</h1>
      <p class="lead">
        {madeOn ? format(t.plan.personal, { date: dateText(madeOn, lang.value) }) : t.plan.general}
      </p>
      {madeOn ? null : (
        <p>
          <Link to="check" class="button primary">
            {t.start.begin}
          </Link>
        </p>
      )}
      <PlanView sections={plan.sections} ui={t} level={2} dates={madeOn !== null} sources={false} />
      <SourcesLink />
    </div>
  );
}
