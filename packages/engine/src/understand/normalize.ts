/**
 * Text normalisation that keeps a map back to the original: every character of the normalised text knows
 * the span of the original text it came from, so evidence can point at the person's own words.
 */
export interface Normalized {
  /**
   * Lowercase, accents removed (ñ kept: "año" is not "ano"), quotes and dashes folded, spaces collapsed, and the
   * colon after a one- or two-word label dropped ("groin: numb" reads "groin numb"; "10:30" and "writing for my
   * dad: he" keep their colon).
   */
  readonly text: string;
  /** Original start offset of each normalised character. */
  readonly starts: readonly number[];
  /** Original end offset (exclusive) of each normalised character. */
  readonly ends: readonly number[];
}

const FOLD: Readonly<Record<string, string>> = {
  "\u2019": "'",
  "\u2018": "'",
  "`": "'",
  "\u00b4": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00bf": " ",
  "\u00a1": " ",
};

/** A form's label: one or two words that open the text or a sentence or list item ("Saddle area", "legs"). */
const LABEL = /(?:^|[.;,!?\n(-]\s*)[a-zñ']+(?: [a-zñ']+)?$/;
const LABEL_AFTER_A_BREAK = /[.;,!?\n(-]\s*[a-zñ']+(?: [a-zñ']+)?$/;
/** True when the normalised text so far ends with a label (only its last 40 characters are looked at). */
const endsWithLabel = (text: string): boolean =>
  text.length <= 40 ? LABEL.test(text) : LABEL_AFTER_A_BREAK.test(text.slice(-40));

function fold(char: string): string {
  const folded = FOLD[char] ?? char;
  if (folded === "ñ" || folded === "Ñ") return "ñ";
  return folded.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function normalize(original: string): Normalized {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const end = index + char.length;
    if (/\s/u.test(char)) {
      if (text.length > 0 && !text.endsWith(" ")) {
        text += " ";
        starts.push(index);
        ends.push(end);
      }
    } else if (char === ":" && endsWithLabel(text) && /^\s/u.test(original.slice(end, end + 1))) {
      // A label's colon ("groin: numb", "bladder: fine") joins the label to what is said of it, as a space would.
    } else {
      const out = fold(char);
      text += out;
      // One map entry per UTF-16 unit, so an emoji (two units) keeps the map aligned.
      for (let unit = 0; unit < out.length; unit++) {
        starts.push(index);
        ends.push(end);
      }
    }
    index = end;
  }
  return { text, starts, ends };
}

/** The original span of normalised [start, end). */
export function originalSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: norm.starts[start] ?? 0, end: norm.ends[Math.max(start, end - 1)] ?? 0 };
}

/** A replacement of normalised [start, end) by `by`. */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly by: string;
}

/**
 * Applies sorted, non-overlapping replacements in one pass; every new character maps to the whole original
 * span it replaces, so evidence over a corrected word still points at what the person typed.
 */
export function replaceSpans(norm: Normalized, replacements: readonly Replacement[]): Normalized {
  if (replacements.length === 0) return norm;
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const { start, end, by } of replacements) {
    text += norm.text.slice(at, start);
    starts.push(...norm.starts.slice(at, start));
    ends.push(...norm.ends.slice(at, start));
    const from = norm.starts[start] ?? 0;
    const to = norm.ends[end - 1] ?? from;
    text += by;
    for (let i = 0; i < by.length; i++) {
      starts.push(from);
      ends.push(to);
    }
    at = end;
  }
  text += norm.text.slice(at);
  starts.push(...norm.starts.slice(at));
  ends.push(...norm.ends.slice(at));
  return { text, starts, ends };
}
