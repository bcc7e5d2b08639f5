import "../styles/diary.css";
import {
  buildReport,
  type DoctorReport,
  fillLabel,
  KNOWLEDGE_VERSION,
  messagesFor,
  type ReportLabels,
  type ReportWarningSign,
  toFhirBundle,
} from "@backtalk/engine";
import { Fragment } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { DiaryHeading } from "../components/diary-heading.tsx";
import { LevelIcon } from "../components/icons.tsx";
import { Link } from "../components/link.tsx";
import { PainChart } from "../components/pain-chart.tsx";
import { saveFile } from "../components/save-file.ts";
import { SharePanel } from "../components/share-panel.tsx";
import { diary, isEmptyDiary, loadDiary } from "../diary/diary-state.ts";
import { shortDate } from "../i18n/diary-dates.ts";
import type { DiaryMessages } from "../i18n/diary-messages.ts";
import { diaryText, lang, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

/** The doctor report: the engine's report model on one page, to print, download (PDF, FHIR) or share. */
export default function ReportScreen() {
  const w = diaryText.value;
  const current = diary.value;
  const language = lang.value;
  useEffect(() => {
    performance.mark("backtalk:report-start");
    void loadDiary();
  }, []);
  const report = useMemo(
    () => (current ? buildReport(current, { today: today(), lang: language }) : null),
    [current, language],
  );
  useEffect(() => {
    if (report) performance.mark("backtalk:report-rendered");
  }, [report]);

  if (!current || !report) return <p aria-busy="true">{ui.value.loading}</p>;
  const empty = isEmptyDiary(current);
  return (
    <div class="report-screen">
      <DiaryHeading title={w.report.title} lead={w.report.intro} leadOnScreenOnly />
      {empty ? (
        <>
          <p>{w.report.none}</p>
          <Link to="checkin" class="button primary">
            {w.diary.addCheckIn}
          </Link>
        </>
      ) : (
        <>
          <Downloads report={report} words={w} />
          <ReportPage report={report} words={w} />
          <SharePanel />
        </>
      )}
    </div>
  );
}

function Downloads({ report, words }: { readonly report: DoctorReport; readonly words: DiaryMessages }) {
  const w = words.report;
  const [status, setStatus] = useState("");
  const stamp = report.today;
  async function pdf() {
    setStatus(w.preparing);
    try {
      // pdf-lib is big: loaded only when a PDF is asked for.
      const { renderReportPdf } = await import("@backtalk/engine/report-pdf");
      const bytes = await renderReportPdf(report);
      saveFile(`backtalk-report-${stamp}.pdf`, bytes as Uint8Array<ArrayBuffer>, "application/pdf");
      setStatus("");
    } catch {
      setStatus(w.failed);
    }
  }
  function fhir() {
    try {
      const bundle = toFhirBundle(report);
      saveFile(
        `backtalk-report-${stamp}.fhir.json`,
        `${JSON.stringify(bundle, null, 2)}\n`,
        "application/fhir+json",
      );
    } catch {
      setStatus(w.failed);
    }
  }
  return (
    <section class="downloads no-print" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{w.downloadsTitle}</h2>
      <p>{w.downloadsHint}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => window.print()}>
          {w.print}
        </button>
        <button type="button" class="secondary" onClick={() => void pdf()}>
          {w.pdf}
        </button>
        <button type="button" class="secondary" onClick={fhir}>
          {w.fhir}
        </button>
      </div>
      <p role="status" class="announcement">
        {status}
      </p>
    </section>
  );
}

function ReportPage({ report, words }: { readonly report: DoctorReport; readonly words: DiaryMessages }) {
  const labels: ReportLabels = messagesFor(report.lang).report;
  const language = report.lang;
  const level = report.level ?? "pending";
  const current = report.painSeries.filter((point) => point.current);
  const chart = useMemo(
    () => ({
      points: current.map((point) => ({ at: point.at, pain: point.painScore })),
      episodes: report.episodes
        .filter((episode) => episode.current)
        .map((episode) => ({ start: episode.start, end: episode.end })),
      cold: report.selfCare.coldRoundsAt,
      walks: report.selfCare.walksAt,
    }),
    [report],
  );
  return (
    <article class="report-page" aria-labelledby="report-title">
      <h2 id="report-title" class="report-title">
        {labels.title}
      </h2>
      <p class="meta">{labels.subtitle}</p>
      {report.demo ? <p class="report-demo">{labels.demoBanner}</p> : null}
      <p class="meta">
        {fillLabel(
          labels.generated,
          { date: shortDate(report.generatedAt.slice(0, 10), language) },
          language,
        )}{" "}
        ·{" "}
        {fillLabel(
          labels.knowledgeVersion,
          {
            version: report.knowledgeVersion,
            reviewed: report.contentReviewed,
          },
          language,
        )}
      </p>

      <section aria-labelledby="report-advice">
        <h3 id="report-advice">{labels.advice}</h3>
        <p class={`report-level level-${level}`}>
          <LevelIcon level={level} />
          <strong>{report.levelTitle}</strong>
        </p>
        <p>
          <strong>{labels.course}:</strong>{" "}
          {report.statuses.map((status) => labels.statuses[status]).join("; ")}
        </p>
        <p>
          {report.course.onsetText ? `${report.course.onsetText}. ` : ""}
          {report.howItStarted.map((answer) => `${answer.label}: ${answer.text}. `).join("")}
          {report.course.trendText
            ? `${fillLabel(labels.trend, { trend: report.course.trendText }, language)} (${fillLabel(labels.trendDetail, { baseline: report.course.baseline, recent: report.course.recent }, language)}).`
            : ""}
        </p>
      </section>

      <section aria-labelledby="report-reasons">
        <h3 id="report-reasons">{labels.reasons}</h3>
        {report.rules.length === 0 ? <p>{labels.noRules}</p> : null}
        <ul class="report-rules">
          {report.rules.map((rule) => (
            <li key={rule.id}>
              <strong>
                {rule.id} ({messagesFor(report.lang).levels[rule.level].short})
              </strong>{" "}
              {rule.title}
              {rule.facts.length > 0 ? (
                <span class="meta">
                  {" "}
                  [{rule.facts.map((fact) => `${fact.label}: ${fact.text}`).join("; ")}]
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {report.missing.length > 0 ? (
          <p>
            {fillLabel(
              labels.missing,
              { facts: report.missing.map((item) => item.label).join(", ") },
              language,
            )}
          </p>
        ) : null}
        {report.causes.length > 0 ? (
          <p>
            <strong>{labels.causes}:</strong> {report.causes.map((cause) => cause.name).join(", ")}.{" "}
            {labels.causesNote}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="report-timeline">
        <h3 id="report-timeline">
          {labels.timeline} ({labels.timelineWindow})
        </h3>
        {report.episodes.length === 0 ? (
          <p>{labels.noEpisodes}</p>
        ) : (
          <ol class="report-episodes">
            {report.episodes.map((episode) => (
              <li key={episode.index}>
                <strong>
                  {labels.episode} {episode.index + 1}
                  {episode.current ? ` (${labels.current})` : ""}:
                </strong>{" "}
                {episode.text.range}, {episode.text.length}, {episode.regionText},{" "}
                {fillLabel(labels.peak, { pain: episode.peakPain }, language)},{" "}
                {episode.resolved ? labels.resolved : labels.ongoing}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="report-chart">
        <h3 id="report-chart">{labels.painChart}</h3>
        {current.length === 0 ? (
          <p>{labels.noPainData}</p>
        ) : (
          <PainChart input={chart} lang={language} words={words} id="report" />
        )}
      </section>

      <section aria-labelledby="report-signs">
        <h3 id="report-signs">{labels.warningSigns}</h3>
        {(
          [
            [labels.reported, report.warningSigns.reported, labels.noneReported],
            [labels.screened, report.warningSigns.screened, labels.noneScreened],
          ] as const
        ).map(([title, signs, empty]) => (
          <Fragment key={title}>
            <h4>{title}</h4>
            <SignList signs={signs} empty={empty} labels={labels} lang={language} />
          </Fragment>
        ))}
      </section>

      <section aria-labelledby="report-self-care">
        <h3 id="report-self-care">{labels.selfCare}</h3>
        <p>
          {fillLabel(
            labels.selfCareLine,
            {
              coldRounds: report.selfCare.coldRounds,
              walks: report.selfCare.walks,
              walkMinutes: report.selfCare.walkMinutes,
              loggedDays: report.selfCare.loggedDays,
              selfCareDays: report.selfCare.selfCareDays,
            },
            language,
          )}
        </p>
      </section>

      <section aria-labelledby="report-answers">
        <h3 id="report-answers">{labels.answers}</h3>
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{words.report.fact}</th>
              <th scope="col">{words.report.answer}</th>
              <th scope="col">{words.report.when}</th>
            </tr>
          </thead>
          <tbody>
            {report.answers.map((answer) => (
              <tr key={answer.fact}>
                <th scope="row">{answer.label}</th>
                <td>{answer.text}</td>
                <td>{answer.at ? shortDate(answer.at, language) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="meta report-footer">
        {report.disclaimer} · {labels.page} · {KNOWLEDGE_VERSION}
      </p>
    </article>
  );
}

function SignList(props: {
  readonly signs: readonly ReportWarningSign[];
  readonly empty: string;
  readonly labels: ReportLabels;
  readonly lang: DoctorReport["lang"];
}) {
  if (props.signs.length === 0) return <p>{props.empty}</p>;
  return (
    <ul class="sign-list">
      {props.signs.map((sign) => (
        <li key={sign.fact}>
          {sign.label}: {sign.text}
          {sign.firstReportedAt
            ? ` (${fillLabel(props.labels.earlierReported, { date: shortDate(sign.firstReportedAt, props.lang) }, props.lang)})`
            : ""}
        </li>
      ))}
    </ul>
  );
}
