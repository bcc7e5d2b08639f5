/**
 * Lexicon patterns compiled so that the regex engine can run them fast, with exactly the matches they are written
 * to give. Two shapes make V8's engine slow:
 * - a top-level alternative that opens with a look-behind is tried at every position, reading back over many
 *   characters each time: it is compiled with a look-ahead for the rest of the alternative first;
 * - a source longer than V8 optimises (20 KiB) is scanned position by position: its top-level alternatives run
 *   as several expressions, each under that size, whose matches are combined as the one expression's would be.
 */

/** What `findMentions` needs of a compiled pattern: a `RegExp`, or alternatives run apart that match as one. */
export interface Matcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/** V8 compiles a regex whose source is longer than this without its optimisations (kRegExpTooLargeToOptimize). */
export const OPTIMISED_SOURCE_LIMIT = 20 * 1024;

/** A source read at its top level (it must not use the `v` flag's nested classes). */
export interface Outline {
  readonly alternatives: readonly string[];
  /** Per capture group, in source order: its name, or undefined when it is only numbered. */
  readonly groups: readonly (string | undefined)[];
  /** Per alternative, how many capture groups come before it. */
  readonly groupsBefore: readonly number[];
  /** A back-reference ties one part of the source to another: such a source is compiled as written. */
  readonly backReference: boolean;
}

const NAMED_GROUP = /^\(\?<([A-Za-z_$][\w$]*)>/;

export function outline(source: string): Outline {
  const alternatives: string[] = [];
  const groups: (string | undefined)[] = [];
  const groupsBefore = [0];
  let backReference = false;
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      if (!inClass && /[1-9k]/.test(source[i + 1] ?? "")) backReference = true;
      i++;
    } else if (inClass) {
      inClass = ch !== "]";
    } else if (ch === "[") {
      inClass = true;
    } else if (ch === "(") {
      depth++;
      const named = NAMED_GROUP.exec(source.slice(i, i + 64));
      if (named) groups.push(named[1]);
      else if (source[i + 1] !== "?") groups.push(undefined);
    } else if (ch === ")") {
      depth--;
    } else if (ch === "|" && depth === 0) {
      alternatives.push(source.slice(start, i));
      groupsBefore.push(groups.length);
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return { alternatives, groups, groupsBefore, backReference };
}

/** Where the group that opens at `open` closes (the index of its `)`). */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return source.length;
}

/** How many characters an alternative starts with that only assert (`\b`, look-arounds) and consume nothing. */
export function assertionsAhead(alternative: string): number {
  let i = 0;
  for (;;) {
    if (alternative.startsWith("\\b", i)) i += 2;
    else if (/^\(\?<?[=!]/.test(alternative.slice(i, i + 4))) i = closing(alternative, i) + 1;
    else return i;
  }
}

/** The source with its capture groups made non-capturing, for a copy that only looks. */
export function withoutCaptures(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    const named = !inClass && ch === "(" ? NAMED_GROUP.exec(source.slice(i, i + 64)) : null;
    if (ch === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (named) {
      out += "(?:";
      i += named[0].length - 1;
    } else if (!inClass && ch === "(" && source[i + 1] !== "?") {
      out += "(?:";
    } else {
      if (inClass) inClass = ch !== "]";
      else if (ch === "[") inClass = true;
      out += ch;
    }
  }
  return out;
}

/**
 * A top-level alternative that opens with a look-behind, with a look-ahead for the rest of it put first, which
 * the engine can scan for, so most positions fail at once. Assertions at one position hold in any order, and the
 * rest ends the whole expression, so the look-ahead holds exactly where the rest matches: the match is the same.
 */
export function lookAheadFirst(alternative: string): string {
  const start = assertionsAhead(alternative);
  if (!/\(\?<[=!]/.test(alternative.slice(0, start))) return alternative;
  return `(?=${withoutCaptures(alternative.slice(start))})${alternative}`;
}

/** Consecutive alternatives grouped so that each group, joined by `|`, stays within `limit` characters. */
export function runsWithin(alternatives: readonly string[], limit: number): number[][] {
  const runs: number[][] = [];
  let length = 0;
  alternatives.forEach((alternative, i) => {
    const last = runs.at(-1);
    if (last !== undefined && length + 1 + alternative.length <= limit) {
      last.push(i);
      length += 1 + alternative.length;
    } else {
      runs.push([i]);
      length = alternative.length;
    }
  });
  return runs;
}

interface Search {
  readonly text: string;
  readonly from: number;
  readonly match: RegExpExecArray | null;
}

/**
 * Top-level alternatives run as several expressions, one per run of consecutive alternatives, that `exec` as the
 * whole source does: the leftmost match, on a tie the earliest alternative's, with the whole source's capture
 * groups (numbered and named, and `indices` under the `d` flag); `lastIndex` reads and moves as it would.
 */
export class AlternativesRegExp implements Matcher {
  lastIndex = 0;
  private readonly parts: readonly { readonly re: RegExp; readonly groupsBefore: number }[];
  private readonly groups: readonly (string | undefined)[];
  private readonly moves: boolean;
  private readonly sticky: boolean;
  /**
   * Each part's last search. A part's first match from a position depends only on the text and that position,
   * so a search from a later position that the match does not precede finds it again: going over overlapping
   * matches one by one runs again only the part that matched.
   */
  private readonly searches: Search[];

  constructor(
    readonly source: string,
    readonly flags: string,
    runs: readonly (readonly number[])[],
    written: (alternative: string) => string = (alternative) => alternative,
  ) {
    const shape = outline(source);
    this.groups = shape.groups;
    this.parts = runs.map((run) => ({
      re: new RegExp(run.map((i) => written(shape.alternatives[i] as string)).join("|"), flags),
      groupsBefore: shape.groupsBefore[run[0] as number] as number,
    }));
    this.moves = /[gy]/.test(flags);
    this.sticky = flags.includes("y");
    this.searches = this.parts.map(() => ({ text: "", from: Number.POSITIVE_INFINITY, match: null }));
  }

  exec(text: string): RegExpExecArray | null {
    const from = this.moves ? this.lastIndex : 0;
    let best: RegExpExecArray | null = null;
    let bestPart = 0;
    for (let i = 0; i < this.parts.length; i++) {
      const last = this.searches[i] as Search;
      const found =
        !this.sticky && last.text === text && last.from <= from && (last.match?.index ?? from) >= from
          ? last.match
          : this.search(i, text, from);
      if (found !== null && (best === null || found.index < best.index)) {
        best = found;
        bestPart = i;
      }
    }
    if (best === null) {
      if (this.moves) this.lastIndex = 0;
      return null;
    }
    if (this.moves) this.lastIndex = best.index + best[0].length;
    return this.widen(best, (this.parts[bestPart] as { groupsBefore: number }).groupsBefore);
  }

  private search(part: number, text: string, from: number): RegExpExecArray | null {
    const { re } = this.parts[part] as { re: RegExp };
    re.lastIndex = from;
    const match = re.exec(text);
    this.searches[part] = { text, from, match };
    return match;
  }

  /** A part's match with the whole source's groups: its own captures in their place, the others undefined. */
  private widen(m: RegExpExecArray, before: number): RegExpExecArray {
    const place = <T>(own: ArrayLike<T>): (T | undefined)[] =>
      Array.from({ length: this.groups.length + 1 }, (_, g) =>
        g === 0 ? own[0] : g > before && g - before < own.length ? own[g - before] : undefined,
      );
    const byName = <T>(values: readonly (T | undefined)[]) => {
      if (this.groups.every((name) => name === undefined)) return undefined;
      const named: Record<string, T | undefined> = Object.create(null);
      this.groups.forEach((name, g) => {
        if (name !== undefined) named[name] = values[g + 1];
      });
      return named;
    };
    const captures = place(m);
    const result = Object.assign(captures, { index: m.index, input: m.input, groups: byName(captures) });
    if (m.indices !== undefined) {
      const indices = place(m.indices);
      Object.assign(result, { indices: Object.assign(indices, { groups: byName(indices) }) });
    }
    return result as RegExpExecArray;
  }
}

/**
 * A lexicon pattern compiled for `exec`: its look-behind-first alternatives look ahead first, and when it is then
 * too long for the engine to optimise, its alternatives run in parts; otherwise it is one `RegExp`.
 */
export function compilePattern(source: string, flags: string): Matcher {
  const shape = outline(source);
  if (shape.backReference) return new RegExp(source, flags);
  const written = shape.alternatives.map(lookAheadFirst);
  const whole = written.join("|");
  if (whole.length <= OPTIMISED_SOURCE_LIMIT) return new RegExp(whole, flags);
  return new AlternativesRegExp(source, flags, runsWithin(written, OPTIMISED_SOURCE_LIMIT), lookAheadFirst);
}
