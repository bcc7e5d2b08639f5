import {
  type Assessment,
  type BannerPart,
  type Explanation,
  explain,
  type Lang,
  type Messages,
} from "@backtalk/engine";
import { banner } from "./banner.ts";
import { renderPlan } from "./plan.ts";
import { type Style, wrap } from "./text.ts";

export interface ResultView {
  readonly lang: Lang;
  readonly messages: Messages;
  /** ISO country code for the emergency number; unknown gives 112 and the "confirm your country" text. */
  readonly country: string | undefined;
  readonly width: number;
  readonly style: Style;
}

/** The level first, its parts in the engine's order: a loud box for an alarm, a calm heading otherwise. */
function levelLines(words: Explanation, view: ResultView): string[] {
  const { messages, width, style } = view;
  const { title, action, detail } = words.headline;
  const { banner: presentation, emergency } = words;
  // The call button is the web app's; in a terminal the action already names the number.
  const text: Record<BannerPart, string | undefined> = {
    title,
    action,
    call: undefined,
    detail,
    country: emergency.knownCountry ? undefined : messages.emergency.unknownCountry,
    adviceLine: presentation.adviceLine,
  };
  const lines = presentation.parts.flatMap((part) => text[part] ?? []);
  if (presentation.alarm) return banner(lines, width, style);
  const colour: Record<string, (s: string) => string> = {
    urgent: style.yellow,
    soon: style.cyan,
    self_care: style.green,
  };
  const paint = colour[words.level ?? ""] ?? ((s: string) => s);
  return presentation.parts.flatMap((part, index) => {
    const paragraph = text[part];
    if (paragraph === undefined) return [];
    if (part === "title") return wrap(paint(style.bold(paragraph)), width);
    return [...(index > 0 ? [""] : []), ...wrap(paragraph, width)];
  });
}

/** Each fired rule: its title, the person's answers behind it, and its sources. */
function reasonLines(words: Explanation, view: ResultView): string[] {
  const { messages, width, style } = view;
  const lines = ["", ...wrap(style.bold(words.reasonsIntro), width)];
  if (words.reasons.length === 0) return [...lines, ...wrap(messages.reasonsNone, width, "  ")];
  for (const rule of words.reasons) {
    lines.push("", ...wrap(`${rule.title} ${style.dim(`(${rule.id})`)}`, width, "  • "));
    if (rule.facts.length === 0) lines.push(...wrap(messages.reasonsNone, width, "    "));
    for (const { label, answer } of rule.facts) {
      lines.push(...wrap(`${messages.yourAnswer}: ${label}: ${answer}`, width, "    "));
    }
    lines.push(...wrap(style.dim(`${messages.sourcesLabel}:`), width, "    "));
    for (const source of rule.sources) {
      lines.push(...wrap(source.title, width, "      - ", "        ").map(style.dim));
    }
  }
  return lines;
}

function missingLines(words: Explanation, view: ResultView): string[] {
  if (words.missing.length === 0) return [];
  const { width, style } = view;
  return [
    "",
    ...wrap(style.bold(words.missingIntro), width),
    ...words.missing.flatMap(({ question }) => wrap(question, width, "  • ")),
  ];
}

function causeLines(words: Explanation, view: ResultView): string[] {
  if (words.causes.length === 0) return [];
  const { width, style } = view;
  return [
    "",
    ...wrap(style.bold(words.causesIntro), width),
    ...words.causes.flatMap(({ name, explanation }) => [
      "",
      ...wrap(style.bold(name), width, "  • "),
      ...wrap(explanation, width, "    "),
    ]),
  ];
}

/**
 * A whole result as a person reads it: the level (boxed when it is an emergency), why, what is still
 * unknown, possible causes, the plan, and the knowledge version. The words come from the engine's explain().
 */
export function renderAssessment(assessment: Assessment, view: ResultView): string {
  const words = explain(assessment, { lang: view.lang, country: view.country });
  const { width, style } = view;
  return [
    ...levelLines(words, view),
    ...reasonLines(words, view),
    ...missingLines(words, view),
    ...causeLines(words, view),
    "",
    ...renderPlan(words.plan, width, style),
    "",
    ...wrap(style.dim(words.version), width),
    ...wrap(style.dim(words.disclaimer), width),
  ].join("\n");
}
