import { type Normalized, type Replacement, replaceSpans } from "./normalize.ts";

/** What the typo fixer may correct to, and what it must leave alone. */
export interface TypoTable {
  /** Words worth correcting to (symptoms, body parts, time words), normalised. */
  readonly targets: readonly string[];
  /** Words that are spelled right and must never be "corrected" (e.g. "never" is not "fever"). */
  readonly known: ReadonlySet<string>;
  /**
   * Curated misspellings that edit distance 1 misses or gets wrong, and shorthand written out ("w/o" is
   * "without", "hx" is "history of"); a key may hold slashes.
   */
  readonly misspellings: Readonly<Record<string, string>>;
  /** First letters that people swap (Spanish b/v, s/c/z); otherwise the first letter must agree. */
  readonly firstLetterGroups: readonly string[];
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const sameFirst = (a: string, b: string, groups: readonly string[]): boolean =>
  a[0] === b[0] || groups.some((group) => group.includes(a[0] ?? "") && group.includes(b[0] ?? ""));

/** The one target within one edit of `word`, or undefined when there is none or more than one. */
export function correction(word: string, table: TypoTable): string | undefined {
  const curated = table.misspellings[word];
  if (curated !== undefined) return curated;
  // Short words have too many neighbours ("numb"/"dumb"); known words are already right.
  if (word.length < 5 || table.known.has(word)) return undefined;
  let found: string | undefined;
  for (const target of table.targets) {
    if (target.length < 5 || !sameFirst(word, target, table.firstLetterGroups)) continue;
    if (!withinOneEdit(word, target)) continue;
    if (found !== undefined && found !== target) return undefined;
    found = target;
  }
  return found;
}

/** Words, and words joined by slashes ("w/o", "b/l", "numbness/tingling"); a trailing slash too ("w/"). */
const TOKEN = /[a-zñ]+(?:\/[a-zñ]+)*\/?/g;
const WORD = /[a-zñ]+/g;

/**
 * Corrects misspelled words and writes out shorthand; returns the new text (mapped to the original) and what
 * was changed. Slashed shorthand is looked up whole; other slashed words are corrected one by one.
 */
export function fixTypos(norm: Normalized, table: TypoTable): { norm: Normalized; fixed: Replacement[] } {
  const fixed: Replacement[] = [];
  const fix = (word: string, start: number) => {
    const by = correction(word, table);
    if (by !== undefined && by !== word) fixed.push({ start, end: start + word.length, by });
  };
  for (const token of norm.text.matchAll(TOKEN)) {
    const whole = token[0].includes("/") ? table.misspellings[token[0]] : undefined;
    if (whole !== undefined)
      fixed.push({ start: token.index, end: token.index + token[0].length, by: whole });
    else for (const word of token[0].matchAll(WORD)) fix(word[0], token.index + word.index);
  }
  return { norm: replaceSpans(norm, fixed), fixed };
}
