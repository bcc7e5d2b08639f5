import { Link } from "../components/link.tsx";
import { startCheck } from "../state/check-actions.ts";
import { check } from "../state/check-state.ts";
import { text, ui } from "../state/settings.ts";

export function StartScreen() {
  const t = ui.value.start;
  const record = check.value;
  const inProgress = record !== null && record.finishedOn === null && record.state.steps.length > 0;
  const finished = record?.finishedOn != null;
  return (
    <div class="start">
      <h1 tabIndex={-1}>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <ul class="points">
        {t.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p class="disclaimer">{text.value.disclaimer.short}</p>
      {/* A "Tell us in your own words" box comes here later; its facts go to startCheck(initial). */}
      <div class="actions">
        {inProgress ? (
          <Link to="check" class="button primary">
            {t.resume}
          </Link>
        ) : finished ? (
          <Link to="result" class="button primary">
            {t.seeResult}
          </Link>
        ) : null}
        <button
          type="button"
          class={inProgress || finished ? "secondary" : "primary"}
          onClick={() => void startCheck()}
        >
          {inProgress || finished ? t.restart : t.begin}
        </button>
      </div>
      <p class="meta">{t.privacy}</p>
    </div>
  );
}
