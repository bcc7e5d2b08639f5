import {
  type DoctorReport,
  fillLabel,
  formatDate,
  messagesFor,
  REPORT_LABELS,
  type ReportWarningSign,
} from "@backtalk/engine";
import type { Locale } from "../env.ts";
import { html, layout, type SafeHtml } from "./layout.ts";
import { PAGE_TEXTS } from "./page-texts.ts";
import type { ShareMeta } from "./share-report.ts";

/**
 * The doctor report behind a diary share link: the engine's report model (built on the server from the shared
 * diary with buildReport) as a read-only page with no script, and its pain chart as inline SVG.
 */

const DAY_SECONDS = 86_400;
/** A diary time on the person's own clock, placed on a UTC axis (as the app's chart does). */
const written = (iso: string) =>
  Date.parse(`${iso.slice(0, 10)}T${iso.length > 10 ? iso.slice(11, 19) : "12:00:00"}Z`) / 1000;
/** A small drawing, so its 13-unit text stays readable when a phone scales it down. */
const W = 400;
const H = 190;
const PAD = { left: 28, right: 8, top: 10, bottom: 44 };

/** Pain of the current episode as SVG: a line that breaks over gaps of days, cold rounds and walks below. */
function painChart(report: DoctorReport, locale: Locale): SafeHtml {
  const labels = REPORT_LABELS[report.lang];
  const points = report.painSeries.filter((point) => point.current);
  if (points.length === 0) return html`<p>${labels.noPainData}</p>`;
  const times = [
    ...points.map((point) => written(point.at)),
    ...report.selfCare.coldRoundsAt.map(written),
    ...report.selfCare.walksAt.map(written),
  ];
  const min = Math.min(...times) - DAY_SECONDS / 2;
  const max = Math.max(...times) + DAY_SECONDS / 2;
  const x = (seconds: number) =>
    (PAD.left + ((seconds - min) / (max - min)) * (W - PAD.left - PAD.right)).toFixed(1);
  const y = (pain: number) => (PAD.top + (1 - pain / 10) * (H - PAD.top - PAD.bottom)).toFixed(1);
  const lines: string[][] = [];
  let previous: number | undefined;
  for (const point of points) {
    const at = written(point.at);
    if (previous === undefined || at - previous > 3 * DAY_SECONDS) lines.push([]);
    lines[lines.length - 1]?.push(`${x(at)},${y(point.painScore)}`);
    previous = at;
  }
  const bottom = H - PAD.bottom;
  const first = points[0]?.at ?? "";
  const last = points[points.length - 1]?.at ?? "";
  const peak = Math.max(...points.map((point) => point.painScore));
  const summary = `${labels.painChart}: ${points.length} × ${formatDate(first, locale)} – ${formatDate(last, locale)}, ${fillLabel(labels.peak, { pain: peak }, report.lang)}`;
  return html`<figure class="chart"><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${summary}">
${[0, 5, 10].map(
  (pain) =>
    html`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(pain)}" y2="${y(pain)}" stroke="#8884" stroke-width="1"/><text x="${PAD.left - 6}" y="${Number(y(pain)) + 4}" text-anchor="end" font-size="13" fill="currentColor">${pain}</text>`,
)}
${lines.map((line) => html`<polyline points="${line.join(" ")}" fill="none" stroke="#1d5c63" stroke-width="2.5"/>`)}
${points.map((point) => html`<circle cx="${x(written(point.at))}" cy="${y(point.painScore)}" r="2.5" fill="#1d5c63"/>`)}
${report.selfCare.coldRoundsAt.map((at) => {
  const cx = Number(x(written(at)));
  return html`<path d="M${cx - 4} ${bottom + 6}h8l-4 7z" fill="#1a56a0"/>`;
})}
${report.selfCare.walksAt.map((at) => html`<circle cx="${x(written(at))}" cy="${bottom + 20}" r="3" fill="#1e6b3a"/>`)}
<text x="${PAD.left}" y="${H - 4}" font-size="13" fill="currentColor">${formatDate(first, locale)}</text>
<text x="${W - PAD.right}" y="${H - 4}" font-size="13" text-anchor="end" fill="currentColor">${formatDate(last, locale)}</text>
</svg><figcaption>${labels.painAxis} 0-10 · ▼ ${labels.coldMark} · ● ${labels.walkMark}</figcaption></figure>`;
}

function signList(signs: readonly ReportWarningSign[], empty: string, report: DoctorReport, locale: Locale) {
  const labels = REPORT_LABELS[report.lang];
  if (signs.length === 0) return html`<p>${empty}</p>`;
  return html`<ul>${signs.map(
    (sign) =>
      html`<li>${sign.label}: ${sign.text}${sign.firstReportedAt ? ` (${fillLabel(labels.earlierReported, { date: formatDate(sign.firstReportedAt, locale) }, report.lang)})` : ""}</li>`,
  )}</ul>`;
}

/** The whole page. `report` was built in the reader's language. */
export function renderDiaryReport(report: DoctorReport, meta: ShareMeta, locale: Locale): string {
  const labels = REPORT_LABELS[report.lang];
  const words = PAGE_TEXTS[locale];
  const level = report.level ?? "pending";
  const body = html`
<h1>${labels.title}</h1>
<p class="note">${words.sharedIntro} ${labels.subtitle}</p>
${report.demo ? html`<p class="demo"><strong>${labels.demoBanner}</strong></p>` : null}
<p class="note">${fillLabel(labels.generated, { date: formatDate(report.generatedAt, locale) }, report.lang)} · ${fillLabel(labels.knowledgeVersion, { version: report.knowledgeVersion, reviewed: report.contentReviewed }, report.lang)}</p>
<h2>${labels.advice}</h2>
<section class="level level-${level}" aria-label="${words.level}"><p><strong>${report.levelTitle}</strong></p></section>
<p><strong>${labels.course}:</strong> ${report.statuses.map((status) => labels.statuses[status]).join("; ")}</p>
<p>${report.course.onsetText ? `${report.course.onsetText}. ` : ""}${report.howItStarted.map((answer) => `${answer.label}: ${answer.text}. `).join("")}${report.course.trendText ? `${fillLabel(labels.trend, { trend: report.course.trendText }, report.lang)} (${fillLabel(labels.trendDetail, { baseline: report.course.baseline, recent: report.course.recent }, report.lang)}).` : ""}</p>
<h2>${labels.reasons}</h2>
${report.rules.length === 0 ? html`<p>${labels.noRules}</p>` : null}
<ul>${report.rules.map(
    (rule) =>
      html`<li><strong>${rule.id} (${messagesFor(report.lang).levels[rule.level].short})</strong> ${rule.title}${rule.facts.length > 0 ? ` [${rule.facts.map((fact) => `${fact.label}: ${fact.text}`).join("; ")}]` : ""}</li>`,
  )}</ul>
${report.missing.length > 0 ? html`<p>${fillLabel(labels.missing, { facts: report.missing.map((item) => item.label).join(", ") }, report.lang)}</p>` : null}
${report.causes.length > 0 ? html`<p><strong>${labels.causes}:</strong> ${report.causes.map((cause) => cause.name).join(", ")}. ${labels.causesNote}</p>` : null}
<h2>${labels.timeline} (${labels.timelineWindow})</h2>
${
  report.episodes.length === 0
    ? html`<p>${labels.noEpisodes}</p>`
    : html`<ul>${report.episodes.map(
        (episode) =>
          html`<li>${labels.episode} ${episode.index + 1}${episode.current ? ` (${labels.current})` : ""}: ${episode.text.range}, ${episode.text.length}, ${episode.regionText}, ${fillLabel(labels.peak, { pain: episode.peakPain }, report.lang)}, ${episode.resolved ? labels.resolved : labels.ongoing}</li>`,
      )}</ul>`
}
<h2>${labels.painChart}</h2>
${painChart(report, locale)}
<h2>${labels.warningSigns}</h2>
<h3>${labels.reported}</h3>
${signList(report.warningSigns.reported, labels.noneReported, report, locale)}
<h3>${labels.screened}</h3>
${signList(report.warningSigns.screened, labels.noneScreened, report, locale)}
<h2>${labels.selfCare}</h2>
<p>${fillLabel(labels.selfCareLine, { coldRounds: report.selfCare.coldRounds, walks: report.selfCare.walks, walkMinutes: report.selfCare.walkMinutes, loggedDays: report.selfCare.loggedDays, selfCareDays: report.selfCare.selfCareDays }, report.lang)}</p>
<h2>${labels.answers}</h2>
<table><thead><tr><th scope="col">${words.fact}</th><th scope="col">${words.answer}</th></tr></thead><tbody>${report.answers.map(
    (answer) => html`<tr><td>${answer.label}</td><td>${answer.text}</td></tr>`,
  )}</tbody></table>
<footer><p>${report.disclaimer}</p><p>${labels.page} · ${report.knowledgeVersion}. ${fillLabel(words.expiresOn, { date: formatDate(meta.expiresAt, locale) }, report.lang)}</p></footer>`;
  return layout(locale, labels.title, body);
}
