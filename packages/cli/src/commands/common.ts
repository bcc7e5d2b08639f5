import { dateIn, type Lang } from "@backtalk/engine";
import { chooseCountry, chooseLang, UsageError } from "../io.ts";
import { chromeFor } from "../render/chrome.ts";
import { resultView } from "../render/view.ts";

/** The options every result-printing command shares. */
export interface OutputOptions {
  readonly lang?: string;
  readonly country?: string;
  readonly today?: string;
}

/** The date the plan counts from: `--today`, else today in the terminal's time zone (TZ, else the system's). */
export function checkedToday(today: string | undefined, now: () => Date = () => new Date()): string {
  if (today === undefined) return dateIn(now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
    throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${today}"`);
  }
  return today;
}

export function checkedCountry(country: string | undefined): string | undefined {
  if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) {
    throw new UsageError(
      `--country must be a two-letter country code such as GB, US or ES, got "${country}"`,
    );
  }
  return chooseCountry(country);
}

/** Language, country, date and the text view built from them. */
export function outputSettings(options: OutputOptions) {
  const lang: Lang = chooseLang(options.lang);
  const today = checkedToday(options.today);
  const view = resultView({ lang, country: checkedCountry(options.country) });
  return { lang, today, view, chrome: chromeFor(lang) };
}

/** A heading above each case in a readable multi-case report. */
export function caseHeading(
  id: string | undefined,
  index: number,
  total: number,
  heading: string,
  noId: string,
) {
  const name = id ?? noId;
  return total > 1 ? `── ${heading.replace("{id}", `${index + 1}/${total}: ${name}`)} ──\n\n` : "";
}
