import { PageSizes, type PDFFont, type PDFPage, type RGB, rgb } from "pdf-lib";
import { dayOf } from "../course/calendar.ts";
import type { Level } from "../schema/vocabulary.ts";

/** Layout primitives for the one-page report: page geometry, colours, WinAnsi-safe wrapped text. */

export const [WIDTH, HEIGHT] = PageSizes.A4;
export const MARGIN = 40;
export const CONTENT = WIDTH - 2 * MARGIN;
export const FOOTER = 52;
export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.38, 0.38, 0.42);
export const RULE = rgb(0.82, 0.82, 0.85);
export const LEVEL_COLOR: Record<Level | "pending", RGB> = {
  emergency: rgb(0.75, 0.1, 0.1),
  urgent: rgb(0.85, 0.4, 0.05),
  soon: rgb(0.75, 0.55, 0.0),
  self_care: rgb(0.15, 0.5, 0.25),
  pending: rgb(0.4, 0.4, 0.45),
};
export const COLD = rgb(0.15, 0.4, 0.8);
export const WALK = rgb(0.15, 0.55, 0.3);

/** Characters WinAnsi (the standard fonts' encoding) lacks become close ASCII, accents stay. */
const REPLACE: Record<string, string> = {
  "≥": ">=",
  "≤": "<=",
  "→": "->",
  "−": "-",
  "‑": "-",
  "\u00a0": " ",
};

export function sanitizer(font: PDFFont): (text: string) => string {
  const encodable = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.replace(/[\r\n\t]+/g, " "), (char) => {
      if (encodable.has(char.codePointAt(0) ?? 0)) return char;
      if (REPLACE[char]) return REPLACE[char];
      const plain = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      return Array.from(plain).every((c) => encodable.has(c.codePointAt(0) ?? 0)) ? plain : "?";
    }).join("");
}

export interface Writer {
  /** The page being drawn on; `room` moves on to a new one. */
  page: PDFPage;
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly clean: (text: string) => string;
  /** Adds a page and returns it. */
  readonly addPage: () => PDFPage;
  y: number;
}

/** The top of the text on every page. */
export const TOP = HEIGHT - MARGIN + 8;

/** Makes sure `height` points fit above the footer, starting a new page when they do not. */
export function room(w: Writer, height: number): void {
  if (w.y - height >= FOOTER) return;
  w.page = w.addPage();
  w.y = TOP;
}

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: RGB;
  readonly x?: number;
  readonly width?: number;
}

export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Writes wrapped text at the cursor and moves it down. Nothing is cut: a line that would reach the footer goes on
 * the next page.
 */
export function write(w: Writer, text: string, style: TextStyle = {}): void {
  const size = style.size ?? 9;
  const font = style.bold ? w.bold : w.regular;
  const width = style.width ?? CONTENT - ((style.x ?? MARGIN) - MARGIN);
  for (const line of wrap(font, w.clean(text), size, width)) {
    room(w, size * 1.25);
    w.y -= size * 1.25;
    w.page.drawText(line, { x: style.x ?? MARGIN, y: w.y, size, font, color: style.color ?? INK });
  }
}

export function heading(w: Writer, text: string): void {
  // A heading never sits alone at the foot of a page: it keeps two lines of its section with it.
  room(w, 7 + 10.5 * 1.25 + 4 + 2 * 9 * 1.25);
  w.y -= 7;
  write(w, text, { size: 10.5, bold: true });
  w.page.drawLine({
    start: { x: MARGIN, y: w.y - 2.5 },
    end: { x: WIDTH - MARGIN, y: w.y - 2.5 },
    thickness: 0.5,
    color: RULE,
  });
  w.y -= 4;
}

/** Day number with the time of day as a fraction, read from the date-time as written. */
export const dayTime = (at: string) => {
  const time = /T(\d\d):(\d\d)/.exec(at);
  return dayOf(at) + (time ? (Number(time[1]) * 60 + Number(time[2])) / 1440 : 0.5);
};
