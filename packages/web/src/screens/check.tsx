import { useEffect, useMemo } from "preact/hooks";
import { entryOf, followHistory } from "../check/check-history.ts";
import { stepOf } from "../check/check-session.ts";
import { StepForm } from "../check/step-form.tsx";
import { description, descriptionLoaded, loadDescription, startedFor } from "../describe/describe-state.ts";
import { navigate } from "../router.ts";
import { startCheck } from "../state/check-actions.ts";
import { check, checkLoaded } from "../state/check-state.ts";
import { ui } from "../state/settings.ts";
export default function CheckScreen() {
  const record = check.value;
  const t = ui.value;
  const step = useMemo(() => (record ? stepOf(record) : null), [record?.state]);

  useEffect(() => {
    // Read again: a history move may have changed the check since this render.
    const current = check.value;
    if (current && stepOf(current).done) {
      const afterCheck = entryOf(history.state)?.afterCheck ?? false;
      navigate("result", { replace: true, state: { checkAt: "end", afterCheck } });
    }
  }, [step]);

  useEffect(() => {
    void loadDescription();
  }, []);

  useEffect(() => {
    if (checkLoaded.value) followHistory();
  }, [checkLoaded.value]);
  // The person's words, when this check was started from them (read from storage on first visit).
  const started = descriptionLoaded.value ? startedFor(record, description.value) : null;

  if (!checkLoaded.value) return <p aria-busy="true">{t.loading}</p>;
  if (!record || !step || step.done) {
    return (
      <div>
        <h1 tabIndex={-1}>{t.check.title}</h1>
        <p>{t.check.noCheck}</p>
        <button type="button" class="primary" onClick={() => void startCheck()}>
          {t.start.begin}
        </button>
      </div>
    );
  }
  return (
    <StepForm
      key={`${record.state.steps.length}-${step.screen.id}${started ? "-described" : ""}`}
      record={record}
      step={step}
      started={started}
    />
  );
}
