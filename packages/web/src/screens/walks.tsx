import { format } from "@backtalk/engine";
import { useEffect, useMemo, useState } from "preact/hooks";
import { currentAssessment, explained, planSection, walkGoalOf } from "../check/current-plan.ts";
import { LogList } from "../components/log-list.tsx";
import { NotInAdvice } from "../components/not-in-advice.tsx";
import { NotificationControl } from "../components/notification-control.tsx";
import { TitledSection } from "../components/titled-section.tsx";
import { formatHour, formatTime } from "../i18n/dates.ts";
import { countText } from "../i18n/plural.ts";
import { check } from "../state/check-state.ts";
import { countryCode, lang, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";
import { REMINDER_HOURS } from "../walks/walk-reminders.ts";
import {
  logWalk,
  nextReminder,
  refreshWalks,
  remindersOn,
  setReminders,
  undoLastWalk,
  walksToday,
} from "../walks/walk-session.ts";

/** The plan's daily walks: one tap to log one, today's count, and reminders while the app is open. */
export default function WalksScreen() {
  const t = ui.value.walks;
  const current = useMemo(() => currentAssessment(check.value, today()), [check.value]);
  const { assessment, madeOn } = current;
  const goal = walkGoalOf(current, today());
  const walking = useMemo(
    () => planSection(explained(assessment, lang.value, countryCode.value), "walking"),
    [assessment, lang.value],
  );
  const walks = walksToday.value;
  const [status, setStatus] = useState("");

  useEffect(() => {
    void refreshWalks();
  }, []);

  const log = async () => {
    const walk = await logWalk();
    if (walk) setStatus(format(t.logged, { time: formatTime(walk.at, lang.value) }));
  };

  // An emergency or urgent result has no walking goal: point back to its advice instead.
  if (goal === 0 && madeOn !== null) return <NotInAdvice title={t.title} tool="walks" />;

  return (
    <div class="walks">
      <h1 tabIndex={-1}>{t.title}</h1>
      <p class="lead">{countText(lang.value, goal, t.goal)}</p>
      {walking?.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <section class="walk-panel" aria-labelledby="walk-count">
        <h2 id="walk-count">{countText(lang.value, goal, t.todayCount, { done: walks.length })}</h2>
        <ol class="walk-dots" aria-hidden="true">
          {Array.from({ length: Math.max(goal, walks.length) }, (_, index) => (
            <li key={index} class={index < walks.length ? "done" : ""} />
          ))}
        </ol>
        {walks.length >= goal ? <p class="notice success">{t.goalReached}</p> : null}
        <div class="actions">
          <button type="button" class="primary big" onClick={() => void log()}>
            {t.log}
          </button>
          {walks.length > 0 ? (
            <button
              type="button"
              class="secondary"
              onClick={() => void undoLastWalk().then(() => setStatus(""))}
            >
              {t.undo}
            </button>
          ) : null}
        </div>
        <p role="status" class="announcement">
          {status}
        </p>
      </section>

      <TitledSection id="walks-today" title={t.listTitle}>
        <LogList
          items={walks}
          none={t.none}
          keyOf={(walk) => walk.id}
          line={(walk) => formatTime(walk.at, lang.value)}
        />
      </TitledSection>

      <TitledSection id="reminders" title={t.remindersTitle}>
        <p>
          {format(t.remindersHint, {
            from: formatHour(REMINDER_HOURS.from, lang.value),
            to: formatHour(REMINDER_HOURS.to, lang.value),
          })}
        </p>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => void setReminders(!remindersOn.value)}>
            {remindersOn.value ? t.remindersOff : t.remindersOn}
          </button>
        </div>
        {remindersOn.value ? (
          <p>
            {nextReminder.value === null
              ? t.noMoreToday
              : format(t.nextReminder, { time: formatTime(nextReminder.value, lang.value) })}
          </p>
        ) : null}
        {remindersOn.value ? <NotificationControl /> : null}
      </TitledSection>
    </div>
  );
}
