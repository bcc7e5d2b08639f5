import {
  type Assessment,
  type Course,
  courseDates,
  explain,
  format,
  messagesFor,
  spanText,
} from "@backtalk/engine";
import { useMemo } from "preact/hooks";
import type { DiaryMessages } from "../i18n/diary-messages.ts";
import { countsText } from "../i18n/plural.ts";
import { navigate } from "../router.ts";
import { startCheck } from "../state/check-actions.ts";
import { check } from "../state/check-state.ts";
import { countryCode, lang, text, ui } from "../state/settings.ts";
import { LevelBanner } from "./level-banner.tsx";
import { MissingQuestions } from "./missing-questions.tsx";
import { Reasons } from "./reasons.tsx";

/** Continues a check in progress, or starts a new one. */
function fullCheck(): void {
  const record = check.value;
  if (record && !record.finishedOn && record.state.steps.length > 0) navigate("check");
  else void startCheck();
}

interface CourseStatusProps {
  readonly course: Course;
  readonly words: DiaryMessages;
  /** The assessment to advise on, when it differs from the course's (answers the person was not sure of). */
  readonly assessment?: Assessment;
}

/**
 * The engine's course status and advice. An emergency or urgent level comes first, before anything else;
 * then the statuses in the engine's priority order, what they rest on, and every reason.
 */
export function CourseStatus({ course, words, assessment = course.assessment }: CourseStatusProps) {
  const explanation = useMemo(
    () => explain(assessment, { lang: lang.value, country: countryCode.value }),
    [assessment, lang.value, countryCode.value],
  );
  const labels = messagesFor(lang.value).report;
  const w = words.diary;
  const first = explanation.level === "emergency" || explanation.level === "urgent";
  const { trendReading, previousEpisodesSameArea, selfCare } = course;
  const { onset } = courseDates(course);
  return (
    <>
      {first ? <LevelBanner explanation={explanation} /> : null}
      <section class="box course-status" aria-labelledby="course-status-title">
        <h2 id="course-status-title">{w.statusTitle}</h2>
        <ul class="statuses">
          {course.statuses.map((status, index) => (
            <li key={status} class={index === 0 ? `status status-${status} main` : `status status-${status}`}>
              {labels.statuses[status]}
            </li>
          ))}
        </ul>
        <dl class="course-facts">
          {onset ? (
            <div>
              <dt>{w.onset}</dt>
              <dd>{spanText(onset, lang.value).started}</dd>
            </div>
          ) : null}
          <div>
            <dt>{w.trend}</dt>
            <dd>
              {course.trend && trendReading.baseline !== null && trendReading.recent !== null
                ? format(w.trendValue, {
                    trend: labels.statuses[course.trend],
                    baseline: trendReading.baseline,
                    recent: trendReading.recent,
                  })
                : w.trendNone}
            </dd>
          </div>
          <div>
            <dt>{w.sameArea}</dt>
            <dd>{previousEpisodesSameArea.episodes.length}</dd>
          </div>
          <div>
            <dt>{w.selfCare}</dt>
            <dd>
              {countsText(lang.value, w.selfCareValue, {
                coldRounds: selfCare.coldRounds,
                walks: selfCare.walks,
              })}
            </dd>
          </div>
        </dl>
      </section>
      {first ? null : <LevelBanner explanation={explanation} />}
      {explanation.missing.length > 0 ? (
        <details class="missing" open={explanation.level === null}>
          <summary>
            {w.openQuestions} ({explanation.missing.length})
          </summary>
          <MissingQuestions explanation={explanation} />
          <button type="button" class="secondary" onClick={fullCheck}>
            {w.newCheck}
          </button>
        </details>
      ) : null}
      <details class="why">
        <summary>{w.why}</summary>
        <p>{explanation.reasonsIntro}</p>
        <Reasons reasons={explanation.reasons} messages={text.value} ui={ui.value} />
      </details>
    </>
  );
}
