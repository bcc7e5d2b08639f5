import { Link } from "../components/link.tsx";
import { DescribeBox } from "../describe/describe-box.tsx";
import { description } from "../describe/describe-state.ts";
import { startCheck } from "../state/check-actions.ts";
import { check } from "../state/check-state.ts";
import { text, ui } from "../state/settings.ts";

/**
 * "Start the check" sits right under the title and lead, so it shows without scrolling on a phone and on a
 * laptop; the own-words box, what the check does and the disclaimer follow.
 */
export function StartScreen() {
  const t = ui.value.start;
  const record = check.value;
  const inProgress = record !== null && record.finishedOn === null && record.state.steps.length > 0;
  const finished = record?.finishedOn != null;
  // With words in the box, its own "Continue" starts the check; clearing the box brings this button back.
  const hasWords = description.value.text.trim() !== "";
  return (
    <div class="start">
      <h1 tabIndex={-1}>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <div class="actions start-actions">
        {inProgress ? (
          <Link to="check" class={hasWords ? "button secondary" : "button primary"}>
            {t.resume}
          </Link>
        ) : finished ? (
          <Link to="result" class={hasWords ? "button secondary" : "button primary"}>
            {t.seeResult}
          </Link>
        ) : null}
        {hasWords ? null : (
          <button
            type="button"
            class={inProgress || finished ? "secondary" : "primary"}
            onClick={() => void startCheck()}
          >
            {inProgress || finished ? t.restart : t.begin}
          </button>
        )}
      </div>
      <DescribeBox />
      <ul class="points">
        {t.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p class="meta">{t.privacy}</p>
      <p class="disclaimer">{text.value.disclaimer.short}</p>
    </div>
  );
}
