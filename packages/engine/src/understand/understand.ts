import type { FactId, Facts, FactValue } from "../schema/vocabulary.ts";
import { parseFacts } from "../validate.ts";
import { inThePersonsVoice } from "./carer-voice.ts";
import { detectLanguage } from "./detect-language.ts";
import { answeredLabels } from "./form-answers.ts";
import { dropIntensifiers } from "./intensifiers.ts";
import { EN } from "./lexicon.en.ts";
import { ES } from "./lexicon.es.ts";
import type { Lang, Lexicon } from "./lexicon.ts";
import { compile, findMentions, writtenFor } from "./mentions.ts";
import { type Normalized, normalize, originalSpan } from "./normalize.ts";
import { timeReadings } from "./onset.ts";
import { type Reading, resolve } from "./resolve.ts";
import { findCues, isAnsweredYes, isHedged, isNegated, isUncertain, type Span } from "./scope.ts";
import { inSimplePast } from "./simple-past.ts";
import { fixTypos } from "./typos.ts";
import { urgentSignsIn } from "./warning-signs.ts";

export interface UnderstandOptions {
  /** The language of the text; detected when left out. */
  readonly lang?: Lang;
  /** Today as an ISO date (YYYY-MM-DD), so "since Saturday" can be counted; without it such phrases stay unknown. */
  readonly today?: string;
}

/** The words a fact came from: a span of the original text, so `text.slice(start, end) === evidence.text`. */
export interface Evidence {
  readonly fact: FactId;
  readonly value: FactValue;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0-1: how sure the reading is (a typo, a hedge or a vague number lowers it). */
  readonly confidence: number;
  /** The words deny something ("no fever"); the value is the denial's. */
  readonly negated: boolean;
}

export interface Understood {
  readonly lang: Lang;
  /** What the text states, in case.schema.json vocabulary. What it does not state stays unknown. */
  readonly facts: Facts;
  readonly evidence: readonly Evidence[];
  /** Facts mentioned with doubt ("not sure if I have a fever"): not in `facts`, so the interview asks them. */
  readonly uncertain: readonly FactId[];
  /** Facts in `facts` whose value is a warning sign: show their advice now, confirm each with one question. */
  readonly warningSigns: readonly FactId[];
}

const same = (a: FactValue, b: FactValue): boolean => JSON.stringify(a) === JSON.stringify(b);

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { en: EN, es: ES };

/** Below this a finding is shown nowhere: a guess is worse than asking. */
const MIN_CONFIDENCE = 0.5;

/**
 * Reads a person's own description of their back and returns the facts it states, each with the words it came
 * from. Pure and offline: lexicons are data, matching is regular expressions over normalised text.
 * @example understand("No fever. Lower back spasm since yesterday, 7/10").facts
 * // { fever: false, region: ["lower_back"], onsetDaysAgo: 1, painScore: 7 }
 */
export function understand(text: string, options: UnderstandOptions = {}): Understood {
  const raw = normalize(text);
  const lang = options.lang ?? detectLanguage(raw.text, text, Object.values(LEXICONS));
  if (lang === undefined) {
    // Nothing tells the languages apart: keep the reading that understood most (the first language when equal).
    const readings = (Object.keys(LEXICONS) as Lang[]).map((each) => read(text, raw, each, options));
    const amount = (reading: Understood) => Object.keys(reading.facts).length + reading.uncertain.length;
    return readings.reduce((best, reading) => (amount(reading) > amount(best) ? reading : best));
  }
  return read(text, raw, lang, options);
}

function read(text: string, raw: Normalized, lang: Lang, options: UnderstandOptions): Understood {
  const lexicon = LEXICONS[lang];
  const typed = fixTypos(dropIntensifiers(raw, lexicon), {
    ...lexicon.typos,
    known: compile(lexicon).known,
  });
  const { fixed } = typed;
  const told = inSimplePast(typed.norm, lexicon);
  const forWhom = writtenFor(told.text, lexicon);
  const norm = answeredLabels(forWhom.carer ? inThePersonsVoice(told, lexicon) : told, lexicon);
  const cues = findCues(norm.text, lexicon);
  const mentions = findMentions(norm.text, lexicon, cues, forWhom);

  const readings: Reading[] = [];
  const uncertain = new Set<FactId>();
  for (const mention of mentions) {
    const others = mentions.filter((m) => m !== mention);
    // A number is the person's own estimate: "maybe a 5/10" is still a 5.
    // A question answered yes states what its words state; words that state nothing stay asked ("leaking? a little").
    const answered = mention.value !== null && !mention.pattern.doubt && isAnsweredYes(cues, mention);
    if (
      mention.pattern.read !== "number" &&
      !answered &&
      isUncertain(norm.text, cues, mention, mention.gaps)
    ) {
      uncertain.add(mention.fact);
      continue;
    }
    // A number read from the words ("9 out of 10") is never denied by a nearby "no".
    const negated =
      mention.pattern.read !== "number" &&
      isNegated(norm.text, cues, lexicon, mention, mention.gaps, others, mention.pattern.negated !== null);
    if (mention.pattern.doubt && !negated) {
      uncertain.add(mention.fact);
      continue;
    }
    const value = negated ? mention.whenNegated : mention.value;
    if (value === null) continue;
    const typo = fixed.some((f) => f.start < mention.end && mention.start < f.end);
    const confidence =
      mention.confidence * (negated ? 0.9 : 1) * (typo ? 0.9 : 1) * (isHedged(cues, mention) ? 0.85 : 1);
    readings.push({ fact: mention.fact, value, start: mention.start, end: mention.end, confidence, negated });
  }
  readings.push(...timeReadings(norm.text, lexicon, cues, mentions, options.today, forWhom.carer));
  return assemble(text, norm, lang, readings, uncertain);
}

/** Evidence opens on a word, not on the comma or "?" a pattern matched from: "only in my groin". */
function withoutLeadingMarks(text: string, span: Span): Span {
  const marks = /^[\s,;:?!.-]+/.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
  return marks > 0 && span.start + marks < span.end ? { start: span.start + marks, end: span.end } : span;
}

function assemble(
  text: string,
  norm: Normalized,
  lang: Lang,
  readings: readonly Reading[],
  doubted: ReadonlySet<FactId>,
): Understood {
  const facts: Record<string, FactValue> = {};
  const evidence: Evidence[] = [];
  const confident = readings.filter((r) => r.confidence >= MIN_CONFIDENCE);
  const factIds = [...new Set(confident.map((r) => r.fact))];
  for (const fact of factIds) {
    const { value, from } = resolve(
      fact,
      confident.filter((r) => r.fact === fact),
    );
    facts[fact] = value;
    // Overlapping readings of the same value show once, by their tightest words.
    const tightest = (from as Reading[]).filter(
      (f, i, all) =>
        !all.some(
          (g, j) =>
            j !== i &&
            same(g.value, f.value) &&
            g.start >= f.start &&
            g.end <= f.end &&
            (g.end - g.start < f.end - f.start || j < i),
        ),
    );
    for (const finding of tightest) {
      const span = withoutLeadingMarks(text, originalSpan(norm, finding.start, finding.end));
      evidence.push({
        fact,
        value: finding.value,
        ...span,
        text: text.slice(span.start, span.end),
        confidence: Math.round(finding.confidence * 100) / 100,
        negated: finding.negated,
      });
    }
  }
  const validated = parseFacts(facts);
  evidence.sort((a, b) => a.start - b.start);
  return {
    lang,
    facts: validated,
    evidence,
    uncertain: [...doubted].filter((fact) => validated[fact] === undefined),
    warningSigns: urgentSignsIn(validated),
  };
}
