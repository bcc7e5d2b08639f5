import { type Style, visibleLength, wrap } from "./text.ts";

/**
 * A double-lined box around the emergency advice, in bold red on a colour terminal, so it cannot be missed
 * even when the rest of the result scrolls past. Each paragraph is wrapped inside the box.
 */
export function banner(paragraphs: readonly string[], width: number, style: Style): string[] {
  const inner = Math.min(width, 78) - 4;
  const body = paragraphs.flatMap((paragraph, index) => [
    ...(index > 0 ? [""] : []),
    ...wrap(paragraph, inner),
  ]);
  const edge = (left: string, right: string) =>
    style.red(style.bold(`${left}${"═".repeat(inner + 2)}${right}`));
  const side = style.red(style.bold("║"));
  return [
    edge("╔", "╗"),
    ...body.map((line, index) => {
      const text = index === 0 ? style.bold(line) : line;
      return `${side} ${text}${" ".repeat(inner - visibleLength(line))} ${side}`;
    }),
    edge("╚", "╝"),
  ];
}
