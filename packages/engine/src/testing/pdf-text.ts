/// <reference types="node" />
import { inflateSync } from "node:zlib";

/** WinAnsi's bytes 0x80-0x9f (the rest is Latin-1): the en dash, curly quotes, euro sign and others. */
const WIN_ANSI_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";
const winAnsi = (bytes: Buffer) =>
  Array.from(bytes, (byte) =>
    byte >= 0x80 && byte < 0xa0 ? WIN_ANSI_HIGH[byte - 0x80] : String.fromCharCode(byte),
  ).join("");

/**
 * The text pdf-lib drew with the standard fonts, one drawn line per line: each content stream inflated and its
 * hex strings decoded as WinAnsi (windows-1252, which has the en dash and curly quotes Latin-1 lacks).
 */
export function drawnText(bytes: Uint8Array): string {
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
      texts.push(winAnsi(Buffer.from(hex[1] ?? "", "hex")));
    }
  }
  return texts.join("\n");
}
