import { writeFileSync } from "node:fs";
import {
  buildReport,
  type Diary,
  demoDiary,
  format,
  parseDiary,
  toFhirBundle,
  ValidationError,
} from "@backtalk/engine";
import { chooseLang, readJsonFile, UsageError } from "../io.ts";
import { chromeFor } from "../render/chrome.ts";
import { checkedToday } from "./common.ts";

export interface ReportCommandOptions {
  readonly diary?: string;
  readonly demo?: boolean;
  readonly fhir?: boolean;
  readonly pdf?: string;
  readonly lang?: string;
  readonly today?: string;
}

function readDiary(file: string): Diary {
  const input = readJsonFile(file);
  try {
    return parseDiary(input);
  } catch (error) {
    if (error instanceof ValidationError) {
      const lines = error.issues.map((issue) => `  ${issue.path || "(top)"}: ${issue.message}`);
      throw new UsageError([`${file} is not a BackTalk diary export:`, ...lines].join("\n"));
    }
    throw error;
  }
}

/**
 * `backtalk report`: the doctor report of a diary (or of the example diary) as a FHIR R4 Bundle on stdout
 * and/or a one-page PDF file. The engine builds both, exactly as the web app does.
 * Returns what to print on stdout; the note about a written PDF goes to stderr.
 */
export async function reportCommand(options: ReportCommandOptions): Promise<string> {
  if ((options.diary === undefined) === (options.demo !== true)) {
    throw new UsageError("give exactly one of --diary FILE or --demo");
  }
  if (!options.fhir && options.pdf === undefined) {
    throw new UsageError("say what to make: --fhir (FHIR R4 Bundle on stdout) and/or --pdf OUT (a PDF file)");
  }
  const lang = chooseLang(options.lang);
  const today = checkedToday(options.today);
  const diary = options.diary ? readDiary(options.diary) : demoDiary({ today, lang });
  const report = buildReport(diary, { today, lang });
  if (options.pdf !== undefined) {
    // pdf-lib is loaded only when a PDF is asked for, so the other commands start fast.
    const { renderReportPdf } = await import("@backtalk/engine/report-pdf");
    const bytes = await renderReportPdf(report);
    try {
      writeFileSync(options.pdf, bytes);
    } catch (error) {
      throw new UsageError(
        `cannot write ${options.pdf}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      );
    }
    process.stderr.write(`${format(chromeFor(lang).wrotePdf, { file: options.pdf })}\n`);
  }
  return options.fhir ? `${JSON.stringify(toFhirBundle(report), null, 2)}\n` : "";
}
