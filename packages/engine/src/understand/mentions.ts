import { FACT_KINDS } from "../schema/fact-kinds.ts";
import { isPersonal } from "../schema/facts.ts";
import type { FactId, FactValue } from "../schema/vocabulary.ts";
import { compilePattern, type Matcher } from "./alternatives.ts";
import type { Lang, Lexicon, LexiconPattern, Read } from "./lexicon.ts";
import { parseCount, parseNumber, parseOrdinal } from "./numbers.ts";
import { regex } from "./regex.ts";
import { type Cues, clauseAt, type Span } from "./scope.ts";

interface Compiled {
  readonly patterns: readonly {
    readonly pattern: LexiconPattern;
    readonly re: Matcher;
    readonly unless?: RegExp;
  }[];
  /** Words spelled right: the common words, the typo targets and every word the patterns use. */
  readonly known: ReadonlySet<string>;
}

const compiled = new Map<Lang, Compiled>();

/** A lexicon's patterns compiled once, and the words it knows. */
export function compile(lexicon: Lexicon): Compiled {
  let done = compiled.get(lexicon.lang);
  if (!done) {
    done = {
      patterns: lexicon.patterns.map((pattern) => ({
        pattern,
        re: compilePattern(pattern.re, "gd"),
        ...(pattern.unless ? { unless: new RegExp(pattern.unless) } : {}),
      })),
      known: new Set([
        ...lexicon.typos.common,
        ...lexicon.typos.targets,
        ...lexicon.patterns.flatMap((p) => p.re.match(/[a-zñ]{3,}/g) ?? []),
      ]),
    };
    compiled.set(lexicon.lang, done);
  }
  return done;
}

/** Words that name a fact, before denial and doubt are weighed. */
export interface Mention extends Span {
  readonly fact: FactId;
  /** null: the words name the fact without a value (e.g. "sciatica" for leg pain). */
  readonly value: FactValue | null;
  readonly whenNegated: FactValue | null;
  readonly confidence: number;
  readonly gaps: readonly Span[];
  readonly pattern: LexiconPattern;
}

function readValue(read: Read, raw: string | undefined, lang: Lang): FactValue | undefined {
  if (raw === undefined) return undefined;
  switch (read) {
    case "number":
      return parseNumber(raw, lang)?.value;
    case "ordinal": {
      const nth = parseOrdinal(raw, lang);
      return nth === undefined ? undefined : nth - 1;
    }
    case "count":
      return parseCount(raw, lang);
    case "temperature": {
      const degrees = Number(raw.replace(",", "."));
      if (degrees >= 90 && degrees <= 110) return degrees >= 100.4;
      if (degrees >= 34 && degrees <= 44) return degrees >= 38;
      return undefined;
    }
  }
}

const inRange = (fact: FactId, value: FactValue): boolean => {
  const kind = FACT_KINDS[fact];
  if (kind.type !== "integer") return true;
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= kind.min &&
    (kind.max === undefined || value <= kind.max)
  );
};

/**
 * True when a relative is named shortly before `at` in [from, at): up to `near` words, or up to `far` words with
 * none by which the person speaks of themselves ("my mum had a bad fall", but not "my mum helped me lift").
 */
export function relativeJustBefore(
  text: string,
  from: number,
  at: number,
  family: RegExp,
  { near = 2, far = 5 }: { near?: number; far?: number } = {},
): boolean {
  const last = [...text.slice(from, at).matchAll(regex(family.source, "g"))].at(-1);
  if (!last) return false;
  const gap = text.slice(from + last.index + last[0].length, at);
  const between = gap.match(/[a-zñ0-9']+/g) ?? [];
  // A comma ends the relative's part ("lifting my grandson, pins and needles in both feet") unless a pronoun
  // carries it on ("my mum, she fell"); "my mum had a bad fall": a few more words still tell of the relative,
  // unless the person comes between.
  if (/[,;:]/.test(gap) && !/[,;:]\s*(?:he|she|they|who|el|ella|ellos)\b/.test(gap)) return false;
  return between.length <= near || (between.length <= far && !between.some((word) => FIRST_PERSON.has(word)));
}

/**
 * History said of a relative in the clause is someone else's ("my mum had cancer"), unless that relative is the
 * one the text is written for ("my father is 88, has brittle bones"): then it is the person's own.
 */
function someoneElses(clause: string, family: RegExp, writtenFor: string | undefined): boolean {
  const forWhom = new Set(writtenFor?.match(/[a-zñ]+/g) ?? []);
  return [...clause.matchAll(regex(family.source, "g"))].some(
    (relative) => !forWhom.has(relative[0].match(/[a-zñ]+/g)?.at(-1) ?? ""),
  );
}

/** Words by which the person speaks of themselves (English and Spanish). */
const FIRST_PERSON = new Set([
  "i",
  "i'm",
  "im",
  "i've",
  "ive",
  "i'd",
  "me",
  "my",
  "myself",
  "we",
  "us",
  "our",
  "yo",
  "mi",
  "mis",
]);

/** Whom a text is written for: a relative (`carer`), and the words that name that one relative, if any. */
export interface WrittenFor {
  readonly carer: boolean;
  readonly relative: string | undefined;
}

/** Reads whom the text is written for, from its own words (before they are put in the person's voice). */
export function writtenFor(text: string, lexicon: Lexicon): WrittenFor {
  return { carer: regex(lexicon.carer).test(text), relative: regex(lexicon.patient).exec(text)?.[0] };
}

/** Every mention of a fact in normalised text; a general reading gives way to a more specific one. */
export function findMentions(
  text: string,
  lexicon: Lexicon,
  cues: Cues,
  forWhom: WrittenFor = writtenFor(text, lexicon),
): Mention[] {
  const mentions: Mention[] = [];
  const family = regex(lexicon.family);
  const { carer, relative } = forWhom;
  const helping = regex(lexicon.time.helpingThem);
  for (const { pattern, re, unless } of compile(lexicon).patterns) {
    // Matches may overlap: "numbness, I have tingling in both feet" must also yield "tingling in both feet".
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      re.lastIndex = m.index + 1;
      const clause = clauseAt(cues, m.index);
      const clauseText = text.slice(clause.start, Math.max(clause.end, m.index + m[0].length));
      if (unless?.test(clauseText)) continue;
      // A relative's age is the person's only when the text is written for them, not when the writer hurt
      // their own back helping that relative ("my mum is 79, I hurt my back lifting her").
      if (pattern.ofRelative && (!(carer || relative) || helping.test(text))) continue;
      // Someone else's history anywhere in the clause ("my dad had cancer"), or a symptom said right after a
      // relative ("my mother has a fever"), is not the person's, unless the text is written for that relative.
      if (
        isPersonal(pattern.fact)
          ? someoneElses(clauseText, family, relative)
          : !carer && relativeJustBefore(text, clause.start, m.index, family)
      ) {
        continue;
      }
      const isBoolean = FACT_KINDS[pattern.fact].type === "boolean";
      const value = pattern.read
        ? readValue(pattern.read, m.groups?.n ?? m.groups?.n2, lexicon.lang)
        : pattern.value === undefined
          ? isBoolean
            ? true
            : null
          : pattern.value;
      if (value === undefined || (value !== null && !inRange(pattern.fact, value))) continue;
      const [min, max] = pattern.range ?? [-Infinity, Infinity];
      if (typeof value === "number" && (value < min || value > max)) continue;
      const gap = m.indices?.groups?.gap;
      mentions.push({
        fact: pattern.fact,
        value,
        whenNegated: pattern.negated !== undefined ? pattern.negated : isBoolean ? false : null,
        start: m.index,
        end: m.index + m[0].length,
        confidence: pattern.confidence ?? 0.9,
        gaps: gap ? [{ start: gap[0], end: gap[1] }] : [],
        pattern,
      });
    }
  }
  const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  // A general reading gives way to a more specific one of the same words ("numb down there" is not leg numbness).
  return mentions.filter(
    (a) =>
      !mentions.some(
        (b) =>
          b.pattern !== a.pattern &&
          overlap(a, b) &&
          a.pattern.yieldsTo?.includes(b.fact) === true &&
          !(b.fact === a.fact && b.pattern.yieldsTo?.includes(b.fact)),
      ),
  );
}
