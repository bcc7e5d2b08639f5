import { format, type Lang, type Messages, type SelfCarePlan } from "@backtalk/engine";
import { type Style, wrap } from "./text.ts";

/** An ISO date as the person reads it: "9 December 2026" / "9 de diciembre de 2026". */
export const readableDate = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

export interface PlanView {
  readonly messages: Messages;
  readonly lang: Lang;
  /** ISO date the plan was made on: a "better by" date already past is not repeated. */
  readonly today: string;
  readonly width: number;
  readonly style: Style;
}

/** The self-care plan of an assessment in the locale's words, wrapped to `width`. */
export function renderPlan(plan: SelfCarePlan, { messages, lang, today, width, style }: PlanView): string[] {
  const text = messages.plan;
  const section = (title: string, ...paragraphs: string[]) => [
    "",
    ...wrap(style.bold(title), width),
    ...paragraphs.flatMap((paragraph) => wrap(paragraph, width, "  ")),
  ];
  const bullets = (items: readonly string[]) => items.flatMap((item) => wrap(item, width, "  • "));
  const date = (iso: string) => readableDate(iso, lang);
  const [gapFrom, gapTo] = plan.cold.typicalGapHours;

  const lines = [
    ...wrap(style.bold(style.cyan(text.title)), width),
    ...section(text.relativeRest.title, text.relativeRest.body),
    ...section(text.walking.title, format(text.walking.body, plan.walking)),
    ...section(
      text.cold.title,
      format(text.cold.body, {
        maxMinutes: plan.cold.maxMinutes,
        minSkinRestMinutes: plan.cold.minSkinRestMinutes,
        gapFrom,
        gapTo,
      }),
    ),
    ...(plan.cold.numbSkinWarning ? wrap(style.bold(text.cold.numbSkinWarning), width, "  ") : []),
    ...wrap(text.cold.cautionsTitle, width, "  "),
    ...bullets(plan.cold.cautions.map((caution) => text.cold.cautions[caution])).map((line) => `  ${line}`),
    ...section(text.heat.title, format(text.heat.body, { maxMinutes: plan.heat.maxMinutes })),
    ...section(text.medicines.title, text.medicines.body),
  ];

  if (plan.watchFor.length > 0) {
    lines.push("", ...wrap(style.bold(text.watchFor.title), width));
    for (const { level, rules } of plan.watchFor) {
      const signs = [
        ...new Set(rules.map((id) => messages.rules[id].watchFor).filter((sign) => sign !== "")),
      ];
      const heading = text.watchFor[level as keyof typeof text.watchFor];
      lines.push(...wrap(level === "emergency" ? style.bold(heading) : heading, width, "  "));
      lines.push(...bullets(signs).map((line) => `  ${line}`));
    }
  }

  const next = [
    ...plan.borderline.map((kind) =>
      format(text.borderline[kind], { betterBy: plan.betterBy ? date(plan.betterBy) : "" }),
    ),
    ...(plan.betterBy && plan.betterBy >= today && !plan.borderline.includes("nearly_three_weeks")
      ? [format(text.betterBy, { betterBy: date(plan.betterBy) })]
      : []),
    format(text.recheck, { recheckOn: date(plan.recheckOn) }),
  ];
  lines.push("", ...next.flatMap((paragraph) => wrap(paragraph, width)));
  return lines;
}
