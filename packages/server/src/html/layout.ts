import type { Locale } from "../env.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and quoted attribute values. Every dynamic value goes through this. */
export const escapeHtml = (value: string | number): string =>
  String(value).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** Trusted HTML built by this server; only `html` and `layout` make one. */
export interface SafeHtml {
  readonly safe: string;
}

type Part = string | number | SafeHtml | readonly SafeHtml[] | null | undefined | false;

/** A template tag that escapes every interpolated value unless it is already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    if (value === null || value === undefined || value === false) out += "";
    else if (Array.isArray(value)) out += value.map((item: SafeHtml) => item.safe).join("");
    else if (typeof value === "object") out += (value as SafeHtml).safe;
    else out += escapeHtml(value as string | number);
    out += strings[index + 1] ?? "";
  });
  return { safe: out };
}

export const SERVER_CSS_PATH = "/_backtalk/server.css";

/** A whole page: no scripts, no inline styles (the CSP forbids both), our stylesheet only. */
export function layout(lang: Locale, title: string, body: SafeHtml): string {
  return `<!doctype html>${
    html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${title}</title><link rel="stylesheet" href="${SERVER_CSS_PATH}"></head><body><main>${body}</main></body></html>`
      .safe
  }`;
}

/** The stylesheet for the server's own pages: readable, printable, no external fonts. */
export const SERVER_CSS = `
:root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
.level { border-left: .4rem solid currentColor; padding: .5rem 1rem; margin: 1rem 0; }
.level-emergency { border-color: #b00020; } .level-urgent { border-color: #c25e00; }
.level-soon { border-color: #8a6d00; } .level-self_care { border-color: #2e7d32; } .level-pending { border-color: #555; }
.note, footer { font-size: .9rem; opacity: .85; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #8884; vertical-align: top; }
code { font-size: .95em; }
.chart { margin: .5rem 0; } .chart svg { width: 100%; height: auto; max-width: 32rem; }
.demo { border: 2px solid currentColor; padding: .3rem .6rem; }
@media print { .note { opacity: 1; } }
`;
