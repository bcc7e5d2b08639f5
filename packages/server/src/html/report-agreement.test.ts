import {
  buildReport,
  courseDates,
  courseOf,
  demoDiary,
  LANGS,
  REPORT_LABELS,
  type SpanText,
  spanText,
} from "@backtalk/engine";
import { renderReportPdf } from "@backtalk/engine/report-pdf";
import { drawnText } from "@backtalk/engine/testing/pdf-text";
import { describe, expect, it } from "vitest";
import { renderDiaryReport } from "./diary-report.ts";

/** The day the disagreement was found on the example diary: 8 May to 13 May was also "8 May to 17 May". */
const TODAY = "2026-12-06";
const META = { createdAt: "2026-12-06T09:00:00.000Z", expiresAt: "2026-12-13T09:00:00.000Z" };

/** What a reader sees of a page: its text without tags, entities decoded, spaces collapsed. */
const pageText = (page: string) =>
  page
    .replace(/<[^>]*>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe.each(LANGS)("one diary, four views, the same dates (%s)", (lang) => {
  const diary = demoDiary({ today: TODAY, lang });
  // The diary screen renders exactly this: courseDates and spanText on the course.
  const course = courseOf(diary, { today: TODAY });
  const dates = courseDates(course);
  const diaryView = {
    onset: dates.onset ? spanText(dates.onset, lang) : null,
    episodes: dates.episodes.map((span) => ({ index: span.index, ...spanText(span, lang) })),
  };
  const report = buildReport(diary, { today: TODAY, lang, generatedAt: META.createdAt });
  const share = pageText(renderDiaryReport(report, META, lang));

  it("the report carries the diary's own dates and lengths, episode by episode", () => {
    expect(report.course.spanText).toEqual(diaryView.onset);
    expect(report.course.span).toEqual(dates.onset);
    expect(report.episodes.length).toBeGreaterThan(1);
    for (const episode of report.episodes) {
      const seen = diaryView.episodes.find((item) => item.index === episode.index);
      expect(seen).toMatchObject(episode.text);
      expect(episode).toMatchObject(dates.episodes[episode.index] ?? {});
    }
  });

  it("the PDF and the share page say every one of them, word for word", async () => {
    const pdf = drawnText(await renderReportPdf(report)).replace(/\s+/g, " ");
    const said: SpanText[] = report.episodes.map((episode) => episode.text);
    expect(report.course.onsetText).toContain(diaryView.onset?.started);
    for (const view of [pdf, share]) {
      expect(view).toContain(report.course.onsetText);
      for (const text of said) {
        expect(view).toContain(text.range);
        expect(view).toContain(text.length);
      }
    }
  });

  it("the dates fit together: settled episodes end on their last pain, the current one is one day older than its age", () => {
    const [first] = report.episodes;
    expect(first).toMatchObject({ start: "2026-05-08", end: "2026-05-13", days: 6, ongoing: false });
    const current = report.episodes.find((episode) => episode.current);
    expect(current).toMatchObject({ start: "2026-11-14", end: TODAY, days: 23, daysAgo: 22, ongoing: true });
    expect(course.daysSinceOnset).toBe(22);
    expect(report.answers.find((answer) => answer.fact === "onsetDaysAgo")?.value).toBe(22);
    expect(share).not.toContain("2026-05-17");
  });

  it("says how it started under its own words, not among the signs answered no", () => {
    const [started] = report.howItStarted;
    expect(started?.fact).toBe("onsetTrigger");
    const line = `${started?.label}: ${started?.text}`;
    expect(share).toContain(line);
    const labels = REPORT_LABELS[lang];
    const screened = share.slice(share.indexOf(labels.screened), share.indexOf(labels.selfCare));
    expect(screened).toContain(report.warningSigns.screened[0]?.label);
    expect(screened).not.toContain(started?.text);
  });
});
