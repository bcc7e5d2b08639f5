/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// Through the package subpath the web app lazy-loads, so the export map is tested too.
import { renderReportPdf } from "@backtalk/engine/report-pdf";
import { drawnText } from "@backtalk/engine/testing/pdf-text";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { courseOf } from "../course/course.ts";
import { demoDiary, generateDiary } from "./demo-diary.ts";
import { toFhirBundle } from "./fhir-bundle.ts";
import { REPORT_LABELS } from "./labels.ts";
import { buildReport } from "./report.ts";

const TODAY = "2026-11-25";
const GENERATED = "2026-11-25T10:00:00.000Z";

const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("renderReportPdf", async () => {
  const english = await renderReportPdf(
    buildReport(demoDiary({ today: TODAY }), { today: TODAY, generatedAt: GENERATED }),
  );
  const spanishReport = buildReport(demoDiary({ today: TODAY, lang: "es" }), {
    today: TODAY,
    lang: "es",
    generatedAt: GENERATED,
  });
  const spanish = await renderReportPdf(spanishReport, REPORT_LABELS.es);

  it("is one A4 page of PDF", async () => {
    expect(Buffer.from(english.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(english);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe(REPORT_LABELS.en.title);
  });

  it("shows the title, knowledge version, level, reasons, timeline, chart, warning signs, self-care and disclaimer", () => {
    const text = drawnText(english);
    for (const expected of [
      "EXAMPLE DATA",
      REPORT_LABELS.en.title,
      "Knowledge version 2026",
      "Make a doctor's appointment",
      "Not better after 3 weeks",
      "Keeps coming back in the same place",
      "S1  It has lasted 3 weeks",
      "Episode 3 (current)",
      REPORT_LABELS.en.painChart,
      "Reported (yes)",
      "Asked, answered no",
      "36 cold rounds and 23 walks",
      "BackTalk gives information, not a diagnosis.",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("keeps Spanish accents (WinAnsi) and replaces what the font cannot draw", async () => {
    const text = drawnText(spanish);
    expect(text).toContain("Evolución: No mejora después de 3 semanas");
    expect(text).toContain("Señales de alarma");
    const odd = await renderReportPdf({ ...spanishReport, levelTitle: "Ir ≥ hoy → 日本 ✓" });
    expect(drawnText(odd)).toContain("Ir >= hoy -> ?? ?");
  });

  it.skipIf(!hasPdftotext)("reads back with pdftotext", () => {
    const file = join(mkdtempSync(join(tmpdir(), "backtalk-pdf-")), "report.pdf");
    writeFileSync(file, spanish);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Consejo dado: Pida una cita con el médico");
    expect(text).toContain("DATOS DE EJEMPLO");
  });
});

describe("a long report", () => {
  it("cuts no list: every sign answered no is drawn, wrapped and carried on to the next page", async () => {
    for (const lang of ["en", "es"] as const) {
      const report = buildReport(demoDiary({ today: TODAY, lang }), {
        today: TODAY,
        lang,
        generatedAt: GENERATED,
      });
      const many = Array.from({ length: 12 }, (_, round) =>
        report.warningSigns.screened.map((sign) => ({ ...sign, label: `${sign.label} #${round + 1}` })),
      ).flat();
      const bytes = await renderReportPdf({
        ...report,
        warningSigns: { ...report.warningSigns, screened: many },
      });
      // The page's lines in order, without the footers drawn on each page at the end.
      const footer = (line: string) =>
        line.startsWith(REPORT_LABELS[lang].page) || report.disclaimer.includes(line);
      const lines = drawnText(bytes).split("\n");
      const text = lines.filter((line) => !footer(line)).join(" ");
      expect(many.length).toBeGreaterThan(200);
      for (const sign of many) expect(text).toContain(sign.label);
      expect(text).not.toMatch(/\.\.\.|…/);
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBeGreaterThan(1);
      // The answers after the list are all there too, on the last page.
      for (const answer of report.answers) expect(text).toContain(`${answer.label}: ${answer.text}`);
      expect(lines).toContain(
        `${REPORT_LABELS[lang].page} | ${report.knowledgeVersion} | 2/${doc.getPageCount()}`,
      );
    }
  });

  it("keeps the example diary on one page, with no list cut", async () => {
    const report = buildReport(demoDiary({ today: TODAY }), { today: TODAY, generatedAt: GENERATED });
    const bytes = await renderReportPdf(report);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const text = drawnText(bytes).replace(/\n/g, " ");
    expect(text).not.toMatch(/\.\.\.|…/);
    for (const sign of report.warningSigns.screened) expect(text).toContain(sign.label);
  });
});

describe("a year of check-ins", () => {
  it("courseOf + buildReport + toFhirBundle + the PDF on 1,000 check-ins stay well under 2 s", async () => {
    const diary = generateDiary({ checkIns: 1000, seed: 42, today: TODAY });
    expect(diary.checkIns).toHaveLength(1000);
    const started = performance.now();
    const course = courseOf(diary, { today: TODAY });
    const report = buildReport(diary, { today: TODAY, generatedAt: GENERATED });
    const bundle = toFhirBundle(report);
    const engineMs = performance.now() - started;
    const pdf = await renderReportPdf(report);
    const totalMs = performance.now() - started;
    console.info(
      `1,000 check-ins: course+report+bundle ${engineMs.toFixed(0)} ms, with PDF ${totalMs.toFixed(0)} ms`,
    );
    expect(course.episodes.length).toBeGreaterThan(10);
    expect(bundle.entry?.length).toBe(report.painSeries.length + 2);
    expect(pdf.length).toBeGreaterThan(1000);
    expect(engineMs).toBeLessThan(2000);
    expect(totalMs).toBeLessThan(2000);
  });
});
