import type { Explanation } from "@backtalk/engine";
import { type Style, wrap } from "./text.ts";

/** The self-care plan as the engine words it: each section's title, paragraphs and bulleted lists. */
export function renderPlan(plan: Explanation["plan"], width: number, style: Style): string[] {
  const lines = wrap(style.bold(style.cyan(plan.title)), width);
  for (const section of plan.sections) {
    lines.push("", ...wrap(style.bold(section.title), width));
    for (const paragraph of section.paragraphs) lines.push(...wrap(paragraph, width, "  "));
    for (const list of section.lists) {
      lines.push(...wrap(list.level === "emergency" ? style.bold(list.heading) : list.heading, width, "  "));
      for (const item of list.items) lines.push(...wrap(item, width, "    • "));
    }
  }
  return lines;
}
