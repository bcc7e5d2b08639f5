import {
  adviceBroughtForward,
  answerText,
  explain,
  type FactId,
  type Facts,
  type FactValue,
  format,
  type Understood,
} from "@backtalk/engine";
import type { ResultView } from "./assessment.ts";
import { banner } from "./banner.ts";
import type { Chrome } from "./chrome.ts";
import { wrap } from "./text.ts";

/** The words each fact came from, quoted and joined ("“moving a couch”"); a denial says so. */
export const wordsOf = (understood: Understood, fact: FactId, chrome: Chrome): string =>
  understood.evidence
    .filter((item) => item.fact === fact)
    .map((item) => `“${item.text}”${item.negated ? ` (${chrome.denied})` : ""}`)
    .join(", ");

/** The description with the words that were used in [brackets], so the marks survive without colour. */
export function markedText(text: string, understood: Understood, view: ResultView): string {
  const spans = [...understood.evidence].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: the first one marks the words
    out += text.slice(at, span.start) + view.style.bold(`[${text.slice(span.start, span.end)}]`);
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * What was read from the person's words, in the engine's words: each fact with the words it came from,
 * warning signs flagged as still to confirm, and what was written with doubt (asked later).
 */
export function renderUnderstood(understood: Understood, view: ResultView, chrome: Chrome): string[] {
  const { messages, width, style } = view;
  const facts = Object.entries(understood.facts) as [FactId, FactValue][];
  const lines = [...wrap(style.bold(chrome.understoodTitle), width)];
  lines.push(
    ...wrap(style.dim(format(chrome.readAs, { lang: chrome.langNames[understood.lang] })), width, "  "),
  );
  if (facts.length === 0) lines.push(...wrap(chrome.understoodNone, width, "  "));
  for (const [fact, value] of facts) {
    const sign = understood.warningSigns.includes(fact) ? ` ${style.yellow(`[${chrome.signTag}]`)}` : "";
    const item = `${messages.facts[fact].short}: ${answerText(fact, value, view.lang)}`;
    lines.push(
      ...wrap(`${style.bold(item)} ← ${wordsOf(understood, fact, chrome)}${sign}`, width, "  • ", "    "),
    );
  }
  if (understood.uncertain.length > 0) {
    const list = understood.uncertain.map((fact) => messages.facts[fact].short).join(", ");
    lines.push(...wrap(format(chrome.uncertainLine, { list }), width, "  "));
  }
  return lines;
}

/**
 * The advice at once when the engine brings it forward for the warning signs in the words (adviceBroughtForward):
 * its assessment and words, with the local emergency number. Empty otherwise.
 */
export function renderPreview(
  existing: Facts,
  understood: Understood,
  view: ResultView,
  chrome: Chrome,
): string[] {
  const assessment = adviceBroughtForward(existing, understood.facts);
  if (!assessment) return [];
  const words = explain(assessment, { lang: view.lang, country: view.country });
  const { action, detail } = words.headline;
  if (words.banner.alarm) {
    return banner([chrome.previewEmergency, action, detail, chrome.previewConfirm], view.width, view.style);
  }
  return [
    ...wrap(view.style.yellow(view.style.bold(chrome.previewUrgent)), view.width),
    ...[action, detail, chrome.previewConfirm].flatMap((paragraph) => ["", ...wrap(paragraph, view.width)]),
  ];
}
