/// <reference types="node" />

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AlternativesRegExp,
  assertionsAhead,
  compilePattern,
  lookAheadFirst,
  type Matcher,
  OPTIMISED_SOURCE_LIMIT,
  outline,
  runsWithin,
  withoutCaptures,
} from "./alternatives.ts";
import { EN } from "./lexicon.en.ts";
import { ES } from "./lexicon.es.ts";
import { words } from "./lexicon.ts";
import { normalize } from "./normalize.ts";

/** Everything a caller can read of a match, as plain data. */
const seen = (m: RegExpExecArray | null) =>
  m === null
    ? null
    : {
        captures: [...m],
        index: m.index,
        input: m.input,
        groups: m.groups === undefined ? undefined : { ...m.groups },
        indices: m.indices === undefined ? undefined : [...m.indices],
        indexGroups: m.indices?.groups === undefined ? undefined : { ...m.indices.groups },
      };

/**
 * Every match from every position, overlapping, as `findMentions` goes over them, with `lastIndex` after each;
 * without the `g` or `y` flag, `exec` always starts at 0, so one match.
 */
function allMatches(re: Matcher, text: string, flags = "gd") {
  const found = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push({ ...seen(m), lastIndex: re.lastIndex });
    if (!/[gy]/.test(flags)) break;
    re.lastIndex = m.index + 1;
  }
  return { found, lastIndex: re.lastIndex };
}

/** Each alternative on its own part: the most splitting there can be. */
const apart = (source: string, flags: string) =>
  new AlternativesRegExp(
    source,
    flags,
    outline(source).alternatives.map((_, i) => [i]),
    lookAheadFirst,
  );

describe("outline", () => {
  it("splits at the top level only: not inside groups, classes or after an escape", () => {
    expect(outline(String.raw`a(?:b|c)|[|(]d|e\|f|(g)`).alternatives).toEqual([
      "a(?:b|c)",
      "[|(]d",
      String.raw`e\|f`,
      "(g)",
    ]);
  });

  it("lists capture groups in order, named or numbered, and how many come before each alternative", () => {
    const shape = outline(String.raw`(a)(?<x>b)|(?:c)(?=d)(?<y>e)|\(f[(]`);
    expect(shape.groups).toEqual([undefined, "x", "y"]);
    expect(shape.groupsBefore).toEqual([0, 2, 3]);
    expect(shape.backReference).toBe(false);
  });

  it("notices back-references, numbered or named", () => {
    expect(outline(String.raw`(a)\1|b`).backReference).toBe(true);
    expect(outline(String.raw`(?<a>x)\k<a>|b`).backReference).toBe(true);
    expect(outline(String.raw`[\1]|\\1`).backReference).toBe(false);
  });
});

describe("look-ahead first", () => {
  it("finds the assertions an alternative opens with", () => {
    expect(assertionsAhead(String.raw`\b(?<=x (?:y|z))\bword`)).toBe(String.raw`\b(?<=x (?:y|z))\b`.length);
    expect(assertionsAhead("(?!a)(?<![)])b")).toBe("(?!a)(?<![)])".length);
    expect(assertionsAhead("word")).toBe(0);
  });

  it("puts a look-ahead for the rest before an opening look-behind, and leaves other alternatives", () => {
    expect(lookAheadFirst(String.raw`\b(?<=pee )(?<n>it)? won't`)).toBe(
      String.raw`(?=(?:it)? won't)\b(?<=pee )(?<n>it)? won't`,
    );
    expect(lookAheadFirst(String.raw`\bpee(?<=e)`)).toBe(String.raw`\bpee(?<=e)`);
  });

  it("keeps classes and escaped brackets when it drops captures", () => {
    expect(withoutCaptures(String.raw`(a)[(b)]\((?<n>c)(?:d)(?=e)`)).toBe(
      String.raw`(?:a)[(b)]\((?:c)(?:d)(?=e)`,
    );
  });
});

describe("alternatives run apart", () => {
  it("gives the leftmost match, and on a tie the earlier alternative's", () => {
    const re = apart("bc|abcd|ab", "g");
    expect(re.exec("xabcd")?.[0]).toBe("abcd");
    expect(re.lastIndex).toBe(5);
    expect(re.exec("xabcd")).toBeNull();
    expect(re.lastIndex).toBe(0);
  });

  it("places each part's captures among the whole source's groups, with indices", () => {
    const source = "(a)(?<x>b)|c(?<y>d)|(e)";
    for (const text of ["ab", "cd", "e", "zz"]) {
      expect(seen(apart(source, "d").exec(text))).toEqual(seen(new RegExp(source, "d").exec(text)));
    }
  });

  it("moves lastIndex as the whole expression does, sticky or not", () => {
    for (const flags of ["g", "y", ""]) {
      const whole = new RegExp("b|ab|c", flags);
      const parts = apart("b|ab|c", flags);
      for (const start of [0, 1, 2, 3, 9]) {
        whole.lastIndex = start;
        parts.lastIndex = start;
        expect(seen(parts.exec("abcab"))).toEqual(seen(whole.exec("abcab")));
        expect(parts.lastIndex).toBe(whole.lastIndex);
      }
    }
  });

  it("groups consecutive alternatives within a length", () => {
    expect(runsWithin(["aaaa", "bb", "cc", "dddd", "e"], 7)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("compiles a short pattern as one RegExp and a long one in parts under the engine's limit", () => {
    expect(compilePattern("a|b", "g")).toBeInstanceOf(RegExp);
    const long = Array.from({ length: 4000 }, (_, i) => `w${i}x`).join("|");
    expect(long.length).toBeGreaterThan(OPTIMISED_SOURCE_LIMIT);
    expect(compilePattern(long, "g")).toBeInstanceOf(AlternativesRegExp);
    expect(compilePattern(`(a)\\1|${long}`, "g")).toBeInstanceOf(RegExp);
  });
});

/** Small sources from pieces that stress ties, look-behinds, captures and empty matches. */
const PIECES = [
  String.raw`\bab\b`,
  "a",
  "ab?",
  "b(?<n>a+)",
  String.raw`\b(?<=a )b`,
  "(?<!b)a(c)?",
  String.raw`\b(?<=(?:a|b) \w{0,3})(?:c|ab)`,
  "(?=b)",
  "c(?<m>a|b)?",
  String.raw`(?:b|c) \w+`,
];
const SMALL_TEXT = fc
  .array(fc.constantFrom("a", "b", "c", " ", "ab", "ba "), { maxLength: 12 })
  .map((p) => p.join(""));

describe("property: run apart, any source matches as the whole expression", () => {
  it("for random sources split into random runs, under every flag set findMentions and others use", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom("g", "gd", "y", "d", "gi"),
        fc.array(SMALL_TEXT, { minLength: 1, maxLength: 3 }),
        (pieces, limit, flags, texts) => {
          // Named groups must be unique within one source.
          const source = pieces.map((p, i) => p.replace(/<(n|m)>/g, `<$1${i}>`)).join("|");
          const parts = new AlternativesRegExp(source, flags, runsWithin(pieces, limit), lookAheadFirst);
          const whole = new RegExp(source, flags);
          for (const text of texts) {
            expect(allMatches(parts, text, flags)).toEqual(allMatches(whole, text, flags));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** The tuning descriptions, normalised as the patterns read them. */
const DESCRIPTIONS: readonly string[] = (
  JSON.parse(readFileSync(new URL("./dataset/tuning.json", import.meta.url), "utf8")) as { text: string }[]
).map((item) => normalize(item.text).text);
/** Words of both lexicons' patterns, with the punctuation and small words between them. */
const WORDS = [
  ...new Set([...EN.patterns, ...ES.patterns].flatMap((p) => p.re.match(/[a-zñ']{2,}/g) ?? [])),
  ...words(", . ! no not never my i it but pero sin 7/10"),
];
/** Text near the lexicon's phrases: descriptions cut and joined, with lexicon words put in at random places. */
const TEXT = fc
  .tuple(
    fc.constantFrom(...DESCRIPTIONS),
    fc.constantFrom(...DESCRIPTIONS),
    fc.nat(),
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS)), { maxLength: 6 }),
  )
  .map(([a, b, cutA, cutB, inserted]) => {
    let text = `${a.slice(0, cutA % (a.length + 1))} ${b.slice(cutB % (b.length + 1))}`;
    for (const [at, word] of inserted) {
      const i = at % (text.length + 1);
      text = `${text.slice(0, i)} ${word} ${text.slice(i)}`;
    }
    return text;
  });

/** The lexicon patterns this module compiles differently from `new RegExp(source)`. */
const REWRITTEN = [...EN.patterns, ...ES.patterns]
  .map((p) => p.re)
  .filter(
    (source) =>
      !(compilePattern(source, "gd") instanceof RegExp) ||
      outline(source).alternatives.some((alternative) => lookAheadFirst(alternative) !== alternative),
  );

describe("property: lexicon patterns match as written", () => {
  it("some lexicon patterns are rewritten, and one is long enough to run in parts", () => {
    expect(REWRITTEN.length).toBeGreaterThan(1);
    expect(REWRITTEN.some((source) => compilePattern(source, "gd") instanceof AlternativesRegExp)).toBe(true);
  });

  it("every rewritten pattern, and every pattern with each alternative apart, over text of lexicon words", () => {
    const compiled = REWRITTEN.map((source) => ({
      whole: new RegExp(source, "gd"),
      fast: compilePattern(source, "gd"),
      apart: apart(source, "gd"),
    }));
    fc.assert(
      fc.property(TEXT, (text) => {
        for (const { whole, fast, apart: each } of compiled) {
          const expected = allMatches(whole, text);
          expect(allMatches(fast, text)).toEqual(expected);
          expect(allMatches(each, text)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("every rewritten pattern over every tuning description", () => {
    for (const source of REWRITTEN) {
      const whole = new RegExp(source, "gd");
      const fast = compilePattern(source, "gd");
      const all = (re: Matcher) => DESCRIPTIONS.map((text) => JSON.stringify(allMatches(re, text)));
      expect(all(fast)).toEqual(all(whole));
    }
  });
});
