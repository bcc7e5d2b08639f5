import { ui } from "../state/settings.ts";
import { Link } from "./link.tsx";

interface NotInAdviceProps {
  /** The screen's own title, so the person knows where they are. */
  readonly title: string;
  /** Which self-care tool the person's result leaves out. */
  readonly tool: "walks" | "cold";
}

/**
 * In place of a self-care tool the person's result does not include (walks after an urgent or emergency
 * result, a cold pack after an emergency): one line and the way back to what to do now, no goal to follow.
 */
export function NotInAdvice({ title, tool }: NotInAdviceProps) {
  const t = ui.value.plan;
  return (
    <div class="not-in-advice">
      <h1 tabIndex={-1}>{title}</h1>
      <p class="lead">{t.notInAdvice[tool]}</p>
      <p>
        <Link to="result" class="button primary">
          {t.backToAdvice}
        </Link>
      </p>
    </div>
  );
}
