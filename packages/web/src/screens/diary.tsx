import "../styles/diary.css";
import {
  answerText,
  type CheckIn,
  type Course,
  courseDates,
  courseOf,
  type Diary,
  type EpisodeSpan,
  type FactId,
  type FactValue,
  format,
  isAlarming,
  spanText,
} from "@backtalk/engine";
import { useEffect, useMemo, useState } from "preact/hooks";
import { CourseStatus } from "../components/course-status.tsx";
import { DiaryHeading } from "../components/diary-heading.tsx";
import { Link } from "../components/link.tsx";
import { PainChart } from "../components/pain-chart.tsx";
import { diary, isEmptyDiary, loadDiary, showDemo } from "../diary/diary-state.ts";
import { entryTime } from "../i18n/diary-dates.ts";
import type { DiaryMessages } from "../i18n/diary-messages.ts";
import { countsText } from "../i18n/plural.ts";
import { diaryText, lang, text, ui } from "../state/settings.ts";
import { today as todayOf } from "../state/today.ts";

const FIRST_PAGE = 10;
const PAGE = 20;
const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(date.slice(0, 10)) + days * DAY_MS).toISOString().slice(0, 10);

/** The diary: the course status first (from the engine), then the chart, the episodes and every check-in. */
export default function DiaryScreen() {
  const w = diaryText.value;
  const current = diary.value;
  const today = todayOf();
  useEffect(() => {
    performance.mark("backtalk:diary-start");
    void loadDiary();
  }, []);
  const course = useMemo(() => (current ? courseOf(current, { today }) : null), [current, today]);

  if (!current || !course) return <p aria-busy="true">{ui.value.loading}</p>;
  const empty = isEmptyDiary(current);
  return (
    <div class="diary">
      <DiaryHeading title={w.diary.title} lead={w.diary.intro} />
      {empty ? <EmptyDiary words={w} /> : <FullDiary diary={current} course={course} words={w} />}
    </div>
  );
}

function EmptyDiary({ words }: { readonly words: DiaryMessages }) {
  return (
    <>
      <p>{words.diary.empty}</p>
      <div class="actions">
        <Link to="checkin" class="button primary big">
          {words.diary.addCheckIn}
        </Link>
      </div>
      <section class="demo-offer" aria-labelledby="demo-offer-title">
        <h2 id="demo-offer-title">{words.demo.try}</h2>
        <p>{words.demo.tryHint}</p>
        <button type="button" class="secondary" onClick={() => void showDemo()}>
          {words.demo.try}
        </button>
      </section>
    </>
  );
}

interface FullProps {
  readonly diary: Diary;
  readonly course: Course;
  readonly words: DiaryMessages;
}

/** The chart shows the last 12 weeks unless the person asks for everything (a year is hard to read on a phone). */
const RECENT_DAYS = 84;

function FullDiary({ diary: current, course, words }: FullProps) {
  const w = words.diary;
  const [all, setAll] = useState(false);
  const firstAt = current.checkIns.reduce<string | null>(
    (first, checkIn) => (first === null || checkIn.at < first ? checkIn.at : first),
    null,
  );
  const long = firstAt !== null && daysBetween(firstAt, course.today) > RECENT_DAYS;
  const chart = useMemo(() => {
    const from = long && !all ? addDays(course.today, -RECENT_DAYS) : "";
    const shown = (at: string) => at.slice(0, 10) >= from;
    return {
      points: current.checkIns
        .filter((checkIn) => shown(checkIn.at))
        .map((checkIn) => ({ at: checkIn.at, pain: checkIn.painScore })),
      episodes: course.episodes
        .filter((episode) => shown(episode.end))
        .map((episode) => ({ start: shown(episode.start) ? episode.start : from, end: episode.end })),
      cold: (current.coldRounds ?? []).map((round) => round.startedAt).filter(shown),
      walks: (current.walks ?? []).map((walk) => walk.at).filter(shown),
    };
  }, [current, course, long, all]);
  return (
    <>
      <CourseStatus course={course} words={words} />
      <div class="actions">
        <Link to="checkin" class="button primary">
          {w.addCheckIn}
        </Link>
        <Link to="report" class="button secondary">
          {w.report}
        </Link>
        <Link to="data" class="button secondary">
          {w.myData}
        </Link>
      </div>
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{w.chartTitle}</h2>
        {long ? (
          <fieldset class="range-switch">
            <legend class="visually-hidden">{words.chart.rangeLabel}</legend>
            <button type="button" class="secondary" aria-pressed={!all} onClick={() => setAll(false)}>
              {words.chart.recent}
            </button>
            <button type="button" class="secondary" aria-pressed={all} onClick={() => setAll(true)}>
              {words.chart.all}
            </button>
          </fieldset>
        ) : null}
        <PainChart input={chart} lang={lang.value} words={words} id="diary" />
      </section>
      <Episodes course={course} words={words} />
      <CheckIns checkIns={current.checkIns} words={words} />
    </>
  );
}

function Episodes({ course, words }: { readonly course: Course; readonly words: DiaryMessages }) {
  const w = words.diary;
  const language = lang.value;
  const spans = courseDates(course).episodes;
  return (
    <section aria-labelledby="episodes-title">
      <h2 id="episodes-title">{w.episodesTitle}</h2>
      {course.episodes.length === 0 ? (
        <p>{w.episodesNone}</p>
      ) : (
        <ol class="episode-list" reversed>
          {[...course.episodes].reverse().map((episode) => {
            const now = episode === course.episode && !episode.resolved;
            const text = spanText(spans[episode.index] as EpisodeSpan, language);
            return (
              <li key={episode.index} class={now ? "episode current" : "episode"}>
                <h3>
                  {format(w.episodeName, { number: episode.index + 1 })}
                  {now ? ` (${w.episodeCurrent})` : ""}
                </h3>
                <p>
                  {format(
                    w.episodeLine,
                    {
                      range: text.range,
                      length: text.length,
                      where: answerText("region", [...episode.regions], language),
                      peak: episode.peakPain,
                      checkIns: episode.checkIns.length,
                    },
                    language,
                  )}
                  {" · "}
                  {episode.resolved ? w.episodeSettled : w.episodeOngoing}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function CheckIns({
  checkIns,
  words,
}: {
  readonly checkIns: readonly CheckIn[];
  readonly words: DiaryMessages;
}) {
  const w = words.diary;
  const [shown, setShown] = useState(FIRST_PAGE);
  const newest = useMemo(() => [...checkIns].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)), [checkIns]);
  const language = lang.value;
  const messages = text.value;
  const more = Math.min(PAGE, newest.length - shown);
  return (
    <section aria-labelledby="checkins-title">
      <h2 id="checkins-title">{w.checkInsTitle}</h2>
      {newest.length === 0 ? <p>{w.checkInsNone}</p> : null}
      <ul class="checkin-list">
        {newest.slice(0, shown).map((checkIn) => {
          const alarming = Object.entries(checkIn.warningSigns ?? {}).filter(([fact, value]) =>
            isAlarming(fact as FactId, value as FactValue),
          );
          return (
            <li key={checkIn.id} class="checkin">
              <p class="checkin-head">
                <strong>{entryTime(checkIn.at, language)}</strong>
                {" · "}
                {format(w.checkInPain, { pain: checkIn.painScore })}
              </p>
              <p>
                {answerText("region", [...checkIn.region], language)}
                {checkIn.side ? `, ${answerText("side", checkIn.side, language)}` : ""}
                {checkIn.mobility ? ` · ${answerText("mobility", checkIn.mobility, language)}` : ""}
              </p>
              {alarming.length > 0 ? (
                <p class="warning-line">
                  {format(w.warningYes, {
                    signs: alarming
                      .map(
                        ([fact, value]) =>
                          `${messages.facts[fact as FactId].short}: ${answerText(fact as FactId, value as FactValue, language)}`,
                      )
                      .join("; "),
                  })}
                </p>
              ) : checkIn.warningSigns ? (
                <p class="meta">{w.warningNone}</p>
              ) : null}
              {checkIn.note ? <p class="note">{checkIn.note}</p> : null}
            </li>
          );
        })}
      </ul>
      {newest.length > shown ? (
        <>
          <p class="meta">{countsText(lang.value, w.shownOf, { shown, total: newest.length })}</p>
          <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
            {countsText(lang.value, w.showMore, { count: more })}
          </button>
        </>
      ) : null}
    </section>
  );
}
