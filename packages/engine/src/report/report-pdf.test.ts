/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
// Through the package subpath the web app lazy-loads, so the export map is tested too.
import { renderReportPdf } from "@backtalk/engine/report-pdf";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { courseOf } from "../course/course.ts";
import { demoDiary, generateDiary } from "./demo-diary.ts";
import { toFhirBundle } from "./fhir-bundle.ts";
import { REPORT_LABELS } from "./labels.ts";
import { buildReport } from "./report.ts";

const TODAY = "2026-11-25";
const GENERATED = "2026-11-25T10:00:00.000Z";

/** The text pdf-lib drew: inflate each content stream and decode its hex strings (WinAnsi ~ Latin-1). */
function drawnText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      texts.push(Buffer.from(hex[1] ?? "", "hex").toString("latin1"));
    }
  }
  return texts.join("\n");
}

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
