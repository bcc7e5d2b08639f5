import { dateText, format } from "@backtalk/engine";
import { useMemo } from "preact/hooks";
import { currentAssessment, explained } from "../check/current-plan.ts";
import { Link } from "../components/link.tsx";
import { PlanView } from "../components/plan-view.tsx";
import { check } from "../state/check-state.ts";
import { countryCode, lang, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

/** The self-care plan on its own page: personal after a finished check, general before. */
export default function PlanScreen() {
  const t = ui.value;
  const { assessment, madeOn } = useMemo(() => currentAssessment(check.value, today()), [check.value]);
  const explanation = useMemo(
    () => explained(assessment, lang.value, countryCode.value),
    [assessment, lang.value, countryCode.value],
  );
  return (
    <div>
      <h1 tabIndex={-1}>{explanation.plan.title}</h1>
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
      <PlanView sections={explanation.plan.sections} ui={t} level={2} dates={madeOn !== null} />
    </div>
  );
}
