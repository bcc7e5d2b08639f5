import { format, LANGS, type Lang, type Messages, messagesFor } from "../locales/index.ts";

/**
 * Headings and fixed phrases of the doctor report: the `report` section of each language's catalog. Clinical
 * wording (rules, causes, facts, levels, disclaimer) comes from the catalog's other sections.
 */
export type ReportLabels = Messages["report"];

export const reportLabelsFor = (lang: Lang): ReportLabels => messagesFor(lang).report;

/**
 * Every language's report labels, for callers that hold all catalogs (server, CLI, tests). Each is read when
 * asked for, not when this module loads: a browser holds only the catalogs of the languages it has loaded.
 */
export const REPORT_LABELS: Readonly<Record<Lang, ReportLabels>> = Object.defineProperties(
  {},
  Object.fromEntries(LANGS.map((lang) => [lang, { get: () => reportLabelsFor(lang), enumerable: true }])),
) as Record<Lang, ReportLabels>;

/** Fills a report label in `lang` (plurals included); a value the diary does not have shows as "?". */
export const fillLabel = (
  template: string,
  values: Readonly<Record<string, string | number | null>>,
  lang: Lang,
): string =>
  format(
    template,
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value ?? "?"])),
    lang,
  );
