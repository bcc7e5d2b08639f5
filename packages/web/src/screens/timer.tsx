import { format } from "@backtalk/engine";
import { useEffect, useMemo, useState } from "preact/hooks";
import { currentAssessment, explained, planSection } from "../check/current-plan.ts";
import { LogList } from "../components/log-list.tsx";
import { NotInAdvice } from "../components/not-in-advice.tsx";
import { NotificationControl } from "../components/notification-control.tsx";
import { ColdCautions } from "../components/plan-view.tsx";
import { TitledSection } from "../components/titled-section.tsx";
import { formatTime } from "../i18n/dates.ts";
import { check } from "../state/check-state.ts";
import { countryCode, lang, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";
import type { ColdRound } from "../storage/db.ts";
import { coldRoundsOn } from "../storage/logs.ts";
import {
  acknowledgeCautions,
  cautionsAcknowledged,
  LIMITS,
  lastEvent,
  loadTimer,
  roundsVersion,
  start,
  stop,
  type TimerEvent,
  tick,
  timerState,
  watchColdTimer,
} from "../timer/cold-session.ts";
import { clock, viewOf } from "../timer/cold-timer.ts";
import { useNow } from "../timer/use-now.ts";

/** Cold-therapy rounds: at most the engine's limit, then an enforced skin rest before the next one. */
export default function TimerScreen() {
  const t = ui.value.timer;
  const now = useNow(1000);
  const state = timerState.value;
  const [announcement, setAnnouncement] = useState("");
  const [rounds, setRounds] = useState<ColdRound[]>([]);
  const cold = useMemo(() => {
    const { assessment } = currentAssessment(check.value, today());
    return planSection(explained(assessment, lang.value, countryCode.value), "cold");
  }, [check.value, lang.value]);
  const acknowledged = cautionsAcknowledged.value;

  // Announce what happened, whether this screen or the app-wide watcher processed it.
  const event = lastEvent.value;
  useEffect(() => {
    if (!event) return;
    const current = timerState.value;
    const view = current ? viewOf(current, Date.now(), LIMITS) : null;
    const end = view?.endsAt ? formatTime(view.endsAt, lang.value) : "";
    const words: Record<TimerEvent, string> = {
      started: format(t.announceStarted, { end }),
      stopped: `${t.restingStatus} ${format(t.restingHint, { end })}`,
      done: t.announceDone,
      restOver: t.announceRestOver,
    };
    setAnnouncement(words[event.event]);
  }, [event]);

  useEffect(() => {
    void loadTimer();
  }, []);

  useEffect(() => {
    void tick(now);
  }, [now, state]);

  // The app-wide watcher alerts at the exact end of each phase; here the screen only announces it.
  useEffect(() => {
    void watchColdTimer();
  }, []);

  useEffect(() => {
    void coldRoundsOn(Date.now())
      .then(setRounds)
      .catch(() => setRounds([]));
  }, [roundsVersion.value]);

  const view = state ? viewOf(state, now, LIMITS) : null;
  const end = view?.endsAt ? formatTime(view.endsAt, lang.value) : "";
  const status =
    view?.phase === "cooling" ? t.coolingStatus : view?.phase === "resting" ? t.restingStatus : t.readyStatus;

  // An emergency result has no cold or heat: point back to what to do now instead.
  if (!cold) return <NotInAdvice title={t.title} tool="cold" />;

  return (
    <div class="timer">
      <h1 tabIndex={-1}>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <p>
        {format(t.limitsNote, {
          maxMinutes: LIMITS.maxMinutes,
          minSkinRestMinutes: LIMITS.minSkinRestMinutes,
        })}
      </p>

      <div class="cautions-box">
        {acknowledged ? (
          <details>
            <summary>{t.cautionsAgain}</summary>
            <ColdCautions section={cold} />
          </details>
        ) : (
          <ColdCautions section={cold} />
        )}
        <label class="option">
          <input
            type="checkbox"
            checked={acknowledged}
            onChange={(event) => void acknowledgeCautions(event.currentTarget.checked)}
          />
          <span>{t.cautionsAck}</span>
        </label>
      </div>

      <section class={`timer-panel phase-${view?.phase ?? "ready"}`} aria-labelledby="timer-status">
        <h2 id="timer-status">{status}</h2>
        {view && view.phase !== "ready" ? (
          <>
            <p id="countdown-label" class="countdown-label">
              {view.phase === "cooling" ? t.remainingLabel : t.restLabel}
            </p>
            <p class="countdown" role="timer" aria-labelledby="countdown-label">
              {clock(view.remainingMs)}
            </p>
            <p>{format(view.phase === "cooling" ? t.coolingHint : t.restingHint, { end })}</p>
          </>
        ) : null}
        <div class="actions">
          {view?.phase === "cooling" ? (
            <button type="button" class="primary" onClick={() => void stop(Date.now())}>
              {t.stop}
            </button>
          ) : (
            <button
              type="button"
              class="primary"
              disabled={!acknowledged || view?.phase !== "ready"}
              aria-describedby={acknowledged ? undefined : "ack-needed"}
              onClick={() => void start(Date.now())}
            >
              {t.start}
            </button>
          )}
        </div>
        {acknowledged ? null : (
          <p class="hint" id="ack-needed">
            {t.cautionsNeedAck}
          </p>
        )}
        <p class="announcement" role="status">
          {announcement}
        </p>
      </section>

      <NotificationControl />

      <TitledSection id="rounds" title={t.roundsTitle}>
        <LogList
          items={rounds}
          none={t.roundsNone}
          keyOf={(round) => round.id}
          line={(round) => (
            <>
              {format(t.roundLine, {
                start: formatTime(round.startedAt, lang.value),
                end: formatTime(round.endedAt, lang.value),
                minutes: Math.round((round.endedAt - round.startedAt) / 60_000),
              })}
              {round.stoppedEarly ? ` · ${t.roundStoppedEarly}` : ""}
            </>
          )}
        />
      </TitledSection>
    </div>
  );
}
