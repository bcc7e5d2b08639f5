/** How text is drawn: ANSI styles only on a terminal that wants colour (NO_COLOR is respected). */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function makeStyle(enabled: boolean): Style {
  if (!enabled) {
    const plain = (text: string) => text;
    return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  }
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    red: ansi(31, 39),
    yellow: ansi(33, 39),
    green: ansi(32, 39),
    cyan: ansi(36, 39),
  };
}

export function styleFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Style {
  return makeStyle(stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb");
}

/** Terminal width for wrapping: the real width on a terminal, kept between 40 and 100 columns for reading. */
export function widthOf(stream: NodeJS.WriteStream): number {
  const columns = stream.isTTY ? stream.columns : 80;
  return Math.max(40, Math.min(100, columns || 80));
}

/** Visible length, ignoring ANSI styles. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
export const visibleLength = (text: string): number => text.replace(/\u001b\[\d+m/g, "").length;

/**
 * Word-wraps plain text to `width` columns. The first line starts with `first`, the others with `rest`
 * (a hanging indent for bullets). Words longer than a line are kept whole.
 */
export function wrap(
  text: string,
  width: number,
  first = "",
  rest = " ".repeat(visibleLength(first)),
): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (!empty && visibleLength(candidate) > width) {
      lines.push(line);
      line = `${rest}${word}`;
    } else {
      line = candidate;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
