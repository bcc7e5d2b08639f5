import { PDFDocument, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { dayOf } from "../course/calendar.ts";
import { formatDate } from "../locales/dates.ts";
import { format } from "../locales/messages.ts";
import { fillLabel, type ReportLabels, reportLabelsFor } from "./labels.ts";
import { drawChart } from "./pdf-chart.ts";
import {
  CONTENT,
  FOOTER,
  HEIGHT,
  heading,
  INK,
  LEVEL_COLOR,
  MARGIN,
  MUTED,
  RULE,
  room,
  sanitizer,
  TOP,
  WIDTH,
  type Writer,
  wrap,
  write,
} from "./pdf-page.ts";
import type { DoctorReport } from "./report.ts";

/**
 * The doctor report as an A4 PDF, drawn with pdf-lib's standard Helvetica (pure JS, no fonts to load).
 * Loaded on demand through the "@backtalk/engine/report-pdf" subpath, so pdf-lib stays out of the main bundle.
 */

function drawHeader(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  if (report.demo) {
    w.page.drawRectangle({ x: MARGIN, y: w.y - 16, width: CONTENT, height: 16, color: rgb(1, 0.93, 0.75) });
    w.page.drawText(w.clean(labels.demoBanner), {
      x: MARGIN + 6,
      y: w.y - 11.5,
      size: 9,
      font: w.bold,
      color: INK,
    });
    w.y -= 20;
  }
  write(w, labels.title, { size: 15, bold: true });
  write(w, labels.subtitle, { size: 8.5, color: MUTED });
  const meta = [
    format(labels.generated, { date: report.generatedAt.slice(0, 16).replace("T", " ") }),
    format(labels.knowledgeVersion, { version: report.knowledgeVersion, reviewed: report.contentReviewed }),
  ].join("   |   ");
  write(w, meta, { size: 8.5, color: MUTED });
}

function drawAdvice(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  const color = LEVEL_COLOR[report.level ?? "pending"];
  const top = w.y - 6;
  w.y = top - 2;
  write(w, `${labels.advice}: ${report.levelTitle}`, { size: 12, bold: true, color, x: MARGIN + 10 });
  const course = report.course;
  const parts = [
    `${labels.course}: ${report.statuses.map((status) => labels.statuses[status]).join("; ")}`,
    course.onsetText ?? "",
    ...report.howItStarted.map((answer) => `${answer.label}: ${answer.text}`),
    course.trendText
      ? `${format(labels.trend, { trend: course.trendText })}: ${format(labels.trendDetail, {
          baseline: course.baseline ?? "-",
          recent: course.recent ?? "-",
        })}`
      : "",
  ].filter(Boolean);
  write(w, parts.join(". "), { x: MARGIN + 10, size: 9 });
  if (report.missing.length > 0) {
    write(w, format(labels.missing, { facts: report.missing.map((item) => item.label).join(", ") }), {
      x: MARGIN + 10,
      size: 8.5,
      color: MUTED,
    });
  }
  w.y -= 4;
  w.page.drawRectangle({ x: MARGIN, y: w.y, width: 4, height: top - w.y, color });
}

function drawReasons(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  heading(w, labels.reasons);
  if (report.rules.length === 0) write(w, labels.noRules);
  for (const rule of report.rules) {
    const evidence = rule.facts.map((fact) => `${fact.label}: ${fact.text}`).join("; ");
    write(w, `${rule.id}  ${rule.title}${evidence ? ` - ${evidence}` : ""}`);
  }
  if (report.causes.length > 0) {
    write(
      w,
      `${labels.causes}: ${report.causes.map((cause) => cause.name).join("; ")}. ${labels.causesNote}`,
      { color: MUTED },
    );
  }
}

function drawTimeline(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  heading(w, `${labels.timeline} (${labels.timelineWindow})`);
  if (report.episodes.length === 0) {
    write(w, labels.noEpisodes);
    return;
  }
  const end = dayOf(report.today);
  const start = end - 365;
  const x = (day: number) => MARGIN + ((Math.max(start, day) - start) / 365) * CONTENT;
  room(w, 14);
  w.y -= 12;
  w.page.drawRectangle({ x: MARGIN, y: w.y, width: CONTENT, height: 8, color: rgb(0.93, 0.93, 0.95) });
  for (const episode of report.episodes) {
    const from = x(dayOf(episode.onset));
    w.page.drawRectangle({
      x: from,
      y: w.y,
      width: Math.max(2, x(dayOf(episode.end) + 1) - from),
      height: 8,
      color: episode.current ? LEVEL_COLOR[report.level ?? "pending"] : rgb(0.55, 0.55, 0.6),
    });
  }
  w.y -= 2;
  for (const episode of [...report.episodes].reverse()) {
    const state = episode.resolved ? labels.resolved : labels.ongoing;
    write(
      w,
      [
        `${labels.episode} ${episode.index + 1}${episode.current ? ` (${labels.current})` : ""}: ${episode.text.range}`,
        episode.text.length,
        episode.regionText,
        format(labels.peak, { pain: episode.peakPain }),
        state,
      ].join("  |  "),
      { size: 8.5 },
    );
  }
}

function drawWarningSigns(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  heading(w, labels.warningSigns);
  write(w, labels.reported, { bold: true, color: LEVEL_COLOR.urgent });
  const { reported, screened } = report.warningSigns;
  if (reported.length === 0) write(w, labels.noneReported, { size: 8.5 });
  for (const sign of reported) {
    const earlier = sign.firstReportedAt
      ? ` (${format(labels.earlierReported, { date: formatDate(sign.firstReportedAt, report.lang) })})`
      : "";
    write(w, `${sign.label}: ${sign.text}${earlier}`, { size: 8.5 });
  }
  write(w, labels.screened, { bold: true });
  // Every sign asked, however many: the list wraps and, near the foot of the page, goes on to the next.
  write(w, screened.length === 0 ? labels.noneScreened : screened.map((sign) => sign.label).join("; "), {
    size: 8,
    color: screened.length === 0 ? INK : MUTED,
  });
}

function drawSelfCare(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  heading(w, labels.selfCare);
  const care = report.selfCare;
  write(
    w,
    fillLabel(
      labels.selfCareLine,
      {
        coldRounds: care.coldRounds,
        walks: care.walks,
        walkMinutes: care.walkMinutes,
        loggedDays: care.loggedDays,
        selfCareDays: care.selfCareDays,
      },
      report.lang,
    ),
  );
}

function drawAnswers(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  heading(w, labels.answers);
  const text = report.answers.map((answer) => `${answer.label}: ${answer.text}`).join("  |  ");
  write(w, text, { size: 7.5, color: MUTED });
}

function drawFooter(
  w: Writer,
  page: PDFPage,
  report: DoctorReport,
  labels: ReportLabels,
  pageOf: string,
): void {
  page.drawLine({
    start: { x: MARGIN, y: FOOTER - 6 },
    end: { x: WIDTH - MARGIN, y: FOOTER - 6 },
    thickness: 0.5,
    color: RULE,
  });
  const lines = wrap(w.regular, w.clean(report.disclaimer), 7.5, CONTENT);
  lines.slice(0, 2).forEach((line, index) => {
    page.drawText(line, {
      x: MARGIN,
      y: FOOTER - 17 - index * 9.5,
      size: 7.5,
      font: w.regular,
      color: MUTED,
    });
  });
  const stamp = w.clean(`${labels.page} | ${report.knowledgeVersion}${pageOf}`);
  page.drawText(stamp, { x: MARGIN, y: 18, size: 7, font: w.regular, color: MUTED });
}

/** Draws the report on A4 pages (one for a usual diary; more rather than cut a list) and returns the PDF's bytes. */
export async function renderReportPdf(
  report: DoctorReport,
  labels: ReportLabels = reportLabelsFor(report.lang),
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const addPage = () => doc.addPage([WIDTH, HEIGHT]);
  const w: Writer = { page: addPage(), regular, bold, clean: sanitizer(regular), addPage, y: TOP };
  const made = new Date(report.generatedAt);
  doc.setTitle(w.clean(labels.title));
  doc.setLanguage(report.lang);
  doc.setProducer("BackTalk");
  doc.setCreator(`BackTalk knowledge ${report.knowledgeVersion}`);
  doc.setCreationDate(made);
  doc.setModificationDate(made);
  drawHeader(w, report, labels);
  drawAdvice(w, report, labels);
  drawReasons(w, report, labels);
  drawTimeline(w, report, labels);
  drawChart(w, report, labels);
  drawWarningSigns(w, report, labels);
  drawSelfCare(w, report, labels);
  drawAnswers(w, report, labels);
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const pageOf = pages.length > 1 ? ` | ${index + 1}/${pages.length}` : "";
    drawFooter(w, page, report, labels, pageOf);
  });
  return doc.save();
}
