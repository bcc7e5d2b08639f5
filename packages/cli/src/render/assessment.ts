import {
  type Assessment,
  type BannerPart,
  type ExplainedRule,
  type ExplainedUnsure,
  type Explanation,
  explain,
  format,
  type Lang,
  type Messages,
  NOW_PLAN_SECTIONS,
} from "@backtalk/engine";
import { banner } from "./banner.ts";
import type { Chrome } from "./chrome.ts";
import { renderPlan } from "./plan.ts";
import { type Style, wrap } from "./text.ts";

export interface ResultView {
  readonly lang: Lang;
  readonly messages: Messages;
  /** ISO country code for the emergency number; unknown gives 112 and the "confirm your country" text. */
  readonly country: string | undefined;
  readonly width: number;
  readonly style: Style;
  readonly chrome: Chrome;
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

/** How many reasons come first, before the safety net; the rest follow with the sources. */
const KEY_REASONS = 3;

/** What to do now: the emergency steps, or "contact a doctor today", or "answer the open questions". */
function nowLines(words: Explanation, view: ResultView): string[] {
  const { width, style } = view;
  return words.plan.sections
    .filter((section) => NOW_PLAN_SECTIONS.has(section.id))
    .flatMap((section) => [
      "",
      ...wrap(style.bold(section.title), width),
      ...section.paragraphs.flatMap((paragraph) => wrap(paragraph, width, "  • ", "    ")),
    ]);
}

type Reason =
  | { readonly kind: "rule"; readonly rule: ExplainedRule }
  | { readonly kind: "unsure"; readonly unsure: ExplainedUnsure };

const reasonsOf = (words: Explanation): Reason[] => [
  ...words.reasons.map((rule) => ({ kind: "rule" as const, rule })),
  ...words.unsure.map((unsure) => ({ kind: "unsure" as const, unsure })),
];

function reasonLines(reason: Reason, view: ResultView): string[] {
  const { messages, width, style } = view;
  if (reason.kind === "unsure") {
    const { title, advice, ifYes, howToTell } = reason.unsure;
    return [
      "",
      ...wrap(title, width, "  • ", "    "),
      ...wrap(advice, width, "    "),
      ...wrap(style.bold(ifYes), width, "    "),
      ...(howToTell ? wrap(`${messages.unsure.howToTell}: ${howToTell}`, width, "    ") : []),
    ];
  }
  const { rule } = reason;
  return [
    "",
    ...wrap(rule.title, width, "  • ", "    "),
    ...rule.facts.flatMap(({ label, answer }) =>
      wrap(`${messages.yourAnswer}: ${label}: ${answer}`, width, "    "),
    ),
  ];
}

/** The key reasons in plain words (no rule ids: the JSON and the doctor report keep those). */
function keyReasonLines(words: Explanation, view: ResultView): string[] {
  const { width, style } = view;
  const lines = ["", ...wrap(style.bold(words.reasonsIntro), width)];
  if (words.noReasons) return [...lines, ...wrap(words.noReasons, width, "  ")];
  const reasons = reasonsOf(words);
  lines.push(...reasons.slice(0, KEY_REASONS).flatMap((reason) => reasonLines(reason, view)));
  const more = reasons.length - KEY_REASONS;
  if (more > 0)
    lines.push("", ...wrap(format(view.chrome.moreReasons, { count: more }, view.lang), width, "  "));
  return lines;
}

/** The safety net: "get help at once if…", by level. */
function safetyNetLines(words: Explanation, view: ResultView): string[] {
  const watch = words.plan.sections.find((section) => section.id === "watchFor");
  if (!watch) return [];
  const { width, style } = view;
  return [
    "",
    ...wrap(style.bold(watch.title), width),
    ...watch.paragraphs.flatMap((paragraph) => wrap(paragraph, width, "  ")),
    ...watch.lists.flatMap((list) => [
      ...wrap(list.level === "emergency" ? style.bold(list.heading) : list.heading, width, "  "),
      ...list.items.flatMap((item) => wrap(item, width, "    • ", "      ")),
    ]),
  ];
}

/** The reasons left out above, then every reason's sources, in one place at the end. */
function sourceLines(words: Explanation, view: ResultView): string[] {
  const { width, style, messages } = view;
  const rest = reasonsOf(words).slice(KEY_REASONS);
  const withSources = words.reasons.filter((rule) => rule.sources.length > 0);
  return [
    ...(rest.length > 0
      ? [
          "",
          ...wrap(style.bold(view.chrome.otherReasons), width),
          ...rest.flatMap((r) => reasonLines(r, view)),
        ]
      : []),
    ...(withSources.length > 0 ? ["", ...wrap(style.bold(messages.sourcesLabel), width)] : []),
    ...withSources.flatMap((rule) => [
      ...wrap(rule.title, width, "  • ", "    ").map(style.dim),
      ...rule.sources.flatMap((source) => wrap(source.title, width, "      - ", "        ").map(style.dim)),
    ]),
  ];
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
 * A whole result as a person reads it, in the order it can be read in 30 seconds: the level (boxed when it is an
 * emergency), what to do now, the key reasons, the "get help at once if…" safety net; then what is still
 * unknown, possible causes, the rest of the plan and the sources. The words come from the engine's explain().
 */
export function renderAssessment(assessment: Assessment, view: ResultView): string {
  const words = explain(assessment, { lang: view.lang, country: view.country });
  const { width, style } = view;
  const rest = {
    ...words.plan,
    sections: words.plan.sections.filter((s) => !NOW_PLAN_SECTIONS.has(s.id) && s.id !== "watchFor"),
  };
  return [
    ...levelLines(words, view),
    ...nowLines(words, view),
    ...keyReasonLines(words, view),
    ...safetyNetLines(words, view),
    ...missingLines(words, view),
    ...causeLines(words, view),
    ...(rest.sections.length > 0 ? ["", ...renderPlan(rest, width, style)] : []),
    ...sourceLines(words, view),
    "",
    ...wrap(style.dim(words.version), width),
    ...wrap(style.dim(words.disclaimer), width),
  ].join("\n");
}
