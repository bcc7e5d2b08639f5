import {
  type Assessment,
  CONTENT_REVIEWED,
  type EmergencyNumbers,
  type FiredRule,
  format,
  SOURCES,
} from "@backtalk/engine";
import { answerText, factText } from "./answer.ts";
import { banner } from "./banner.ts";
import { type PlanView, renderPlan } from "./plan.ts";
import { wrap } from "./text.ts";

export interface ResultView extends PlanView {
  /** The emergency number to show, and whether the country is known (else the "confirm your country" text). */
  readonly numbers: EmergencyNumbers & { readonly known: boolean };
}

/** The level first: a loud box for an emergency, a calm heading otherwise. */
function levelLines(assessment: Assessment, view: ResultView): string[] {
  const { messages, numbers, width, style } = view;
  const text = messages.levels[assessment.level ?? "pending"];
  const action = format(text.action, { number: numbers.emergency });
  if (assessment.level === "emergency") {
    return banner(
      [text.title, action, text.detail, ...(numbers.known ? [] : [messages.emergency.unknownCountry])],
      width,
      style,
    );
  }
  const colour: Record<string, (s: string) => string> = {
    urgent: style.yellow,
    soon: style.cyan,
    self_care: style.green,
  };
  const paint = colour[assessment.level ?? ""] ?? ((s: string) => s);
  const advice =
    assessment.level === "urgent" && numbers.advice
      ? [format(messages.emergency.adviceLine, { number: numbers.advice })]
      : [];
  return [
    ...wrap(paint(style.bold(text.title)), width),
    ...[action, text.detail, ...advice].flatMap((paragraph) => ["", ...wrap(paragraph, width)]),
  ];
}

function ruleTitle(rule: FiredRule, view: ResultView): string {
  const text = view.messages.rules[rule.id];
  // U4 has a stronger title when its evidence includes weakness that is getting worse.
  return "titleWorsening" in text && rule.facts.includes("weaknessWorsening")
    ? text.titleWorsening
    : text.title;
}

/** Each fired rule: its title, the person's answers behind it, and its sources. */
function reasonLines(assessment: Assessment, view: ResultView): string[] {
  const { messages, width, style } = view;
  const lines = ["", ...wrap(style.bold(messages.reasonsIntro), width)];
  if (assessment.rules.length === 0) return [...lines, ...wrap(messages.reasonsNone, width, "  ")];
  for (const rule of assessment.rules) {
    lines.push("", ...wrap(`${ruleTitle(rule, view)} ${style.dim(`(${rule.id})`)}`, width, "  • "));
    if (rule.evidence.length === 0) lines.push(...wrap(messages.reasonsNone, width, "    "));
    for (const { fact, value } of rule.evidence) {
      const answer = `${factText(messages, fact).short}: ${answerText(messages, fact, value)}`;
      lines.push(...wrap(`${messages.yourAnswer}: ${answer}`, width, "    "));
    }
    lines.push(...wrap(style.dim(`${messages.sourcesLabel}:`), width, "    "));
    for (const source of rule.sources) {
      lines.push(...wrap(`${SOURCES[source].title}`, width, "      - ", "        ").map(style.dim));
    }
  }
  return lines;
}

function missingLines(assessment: Assessment, view: ResultView): string[] {
  if (assessment.complete) return [];
  const { messages, width, style } = view;
  return [
    "",
    ...wrap(style.bold(messages.missingIntro), width),
    ...assessment.missing.flatMap((fact) => wrap(factText(messages, fact).question, width, "  • ")),
  ];
}

function causeLines(assessment: Assessment, view: ResultView): string[] {
  if (assessment.causes.length === 0) return [];
  const { messages, width, style } = view;
  return [
    "",
    ...wrap(style.bold(messages.causesIntro), width),
    ...assessment.causes.flatMap(({ id }) => [
      "",
      ...wrap(style.bold(messages.causes[id].name), width, "  • "),
      ...wrap(messages.causes[id].explanation, width, "    "),
    ]),
  ];
}

/**
 * A whole result as a person reads it: the level (boxed when it is an emergency), why, what is still
 * unknown, possible causes, the plan, and the knowledge version. Every word comes from the engine's locale.
 */
export function renderAssessment(assessment: Assessment, view: ResultView): string {
  const { messages, width, style } = view;
  return [
    ...levelLines(assessment, view),
    ...reasonLines(assessment, view),
    ...missingLines(assessment, view),
    ...causeLines(assessment, view),
    "",
    ...renderPlan(assessment.plan, view),
    "",
    ...wrap(
      style.dim(
        format(messages.knowledgeVersion, { version: assessment.knowledgeVersion, date: CONTENT_REVIEWED }),
      ),
      width,
    ),
    ...wrap(style.dim(messages.disclaimer.short), width),
  ].join("\n");
}
