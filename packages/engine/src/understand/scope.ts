import { isUrgentSign } from "../knowledge/warning-signs.ts";
import { sameKind } from "../schema/facts.ts";
import type { FactId, FactValue } from "../schema/vocabulary.ts";
import { ADDING_JOINS, ALTERNATIVE_JOINS, type Lexicon, LIST_DENIALS, oncePerLexicon } from "./lexicon.ts";
import { regex } from "./regex.ts";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Words read as a fact; null: they name the fact without a value. */
export interface FactSpan extends Span {
  readonly fact: FactId;
  readonly value: FactValue | null;
}

export interface Clause extends Span {
  /** The clause ends with a question mark: what it says is asked, not stated. */
  readonly question: boolean;
  /** A short question the person answered yes to ("numb bum? yep"): what it states is stated, the rest asked. */
  readonly answered?: boolean;
}

/** Where denial and doubt begin, and where clauses end, in normalised text. */
export interface Cues {
  readonly negations: readonly Span[];
  readonly uncertainties: readonly Span[];
  readonly hedges: readonly Span[];
  readonly clauses: readonly Clause[];
}

const spans = (text: string, source: string): Span[] =>
  [...text.matchAll(regex(source, "g"))].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Clause boundaries: sentence punctuation (not a decimal point), a breaker word ("but", "pero"), a comma or
 * "and"/"y" that starts a new subject ("..., I can't pee"), and the words that open a question. A denial never
 * reaches past a boundary.
 */
function clauses(text: string, lexicon: Lexicon): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  const sentenceEnds = [...text.matchAll(/[.!?;\n](?!\d)/g)].map((m) => m.index + 1);
  for (const end of sentenceEnds) cuts.add(end);
  for (const span of spans(text, lexicon.breakers)) cuts.add(span.start);
  // A spaced dash starts what comes next ("no other problems - peeing fine"), unless it leads to a denial ("fever - no").
  for (const m of text.matchAll(/\s[-\u2013\u2014]+\s(?!(?:no|none|nil|neg|negative|denied|absent|nope)\b)/g))
    cuts.add(m.index);
  const joiner = regex(
    String.raw`(?:,\s*(?:(?:and|or|y|o|e)\s+)?|\s(?:and|y)\s+)(?=${lexicon.subjects})`,
    "g",
  );
  for (const m of text.matchAll(joiner)) cuts.add(m.index);
  const questions = spans(text, lexicon.questions);
  for (const question of questions) cuts.add(question.start);
  const sorted = [...cuts].sort((a, b) => a - b);
  const sentenceOf = (at: number): Span => ({
    start: Math.max(0, ...sentenceEnds.filter((end) => end <= at)),
    end: Math.min(text.length, ...sentenceEnds.filter((end) => end > at)),
  });
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1] as number;
    const sentence = sentenceOf(start);
    const opener = questions.filter((q) => q.start >= sentence.start && q.start <= start).at(-1);
    // A sentence that ends with "?" asks from its question word on (only its last clause when it has none);
    // without the mark, only the clause a question word opens asks.
    const marked = text.slice(sentence.start, sentence.end).trimEnd().endsWith("?");
    if (marked && answeredYes(text, sentence, lexicon)) return { start, end, question: true, answered: true };
    const asked =
      opener?.start === start ||
      (marked && (opener !== undefined || (end === sentence.end && !questions.some((q) => q.start > start))));
    return { start, end, question: asked };
  });
}

/** Words in a question short enough to be a form's label ("numb bum?", "any leaking?", "¿fiebre?"). */
const SHORT_QUESTION_WORDS = 4;

/** A question short enough to be a form's label: one to four words. */
export function isLabelQuestion(question: string): boolean {
  const words = question.match(/[a-zñ0-9']+/g) ?? [];
  return words.length > 0 && words.length <= SHORT_QUESTION_WORDS;
}

/** A short question the person answers yes to straight after: "numb bum? yep", "leaking? a little". */
function answeredYes(text: string, question: Span, lexicon: Lexicon): boolean {
  if (!isLabelQuestion(text.slice(question.start, question.end))) return false;
  return regex(String.raw`^[\s,]*(?:${lexicon.answersYes})\b`).test(text.slice(question.end));
}

export function findCues(text: string, lexicon: Lexicon): Cues {
  const uncertainties = spans(text, lexicon.uncertainty);
  // "not sure if" is doubt, not denial: doubt wins where the two overlap.
  const negations = spans(text, lexicon.negation).filter((n) => !uncertainties.some((u) => overlaps(n, u)));
  return { negations, uncertainties, hedges: spans(text, lexicon.hedges), clauses: clauses(text, lexicon) };
}

export const clauseAt = (cues: Cues, at: number): Clause =>
  cues.clauses.find((clause) => clause.start <= at && at < clause.end) ??
  cues.clauses[cues.clauses.length - 1] ?? { start: 0, end: at, question: false };

/** Words a denial may skip before reaching the words it denies ("no fever, chills or sweats"). */
export const NEGATION_WINDOW = 4;

const inside = (at: number, spans: readonly Span[]): boolean =>
  spans.some((s) => at >= s.start && at < s.end);

/** Words between two offsets that are neither small filler words nor part of another finding. */
function freeWords(text: string, from: number, to: number, others: readonly Span[], fillers: RegExp): number {
  let free = 0;
  for (const word of text.slice(from, to).matchAll(/[a-zñ0-9']+/g)) {
    if (!inside(from + word.index, others) && !fillers.test(word[0])) free++;
  }
  return free;
}

/** A denial cue at the start of a list item ("no fever, no chills"). */
const cueAtStart = oncePerLexicon((lexicon) => new RegExp(`^\\s*(?:${lexicon.negation})`));

/**
 * True when a denial governs [start, end): a cue earlier in the same clause with at most NEGATION_WINDOW free
 * words between, a cue inside a `gap` of the match ("leg isn't weak"), or a denial right after it ("fever: no").
 * A cue inside another finding ("no puedo moverme", "not improving", "leg not working") denies nothing else.
 * A denial runs on past a comma only through a list of findings ("no fever, chills"), and not when the list
 * repeats its cue on each item ("no fever, no chills, peeing fine": the last item has no cue of its own, so it
 * is not denied). `throughLists`
 * false: the words say something a denial cannot turn around ("legs fine"), so a comma always ends the denial.
 */
export function isNegated(
  text: string,
  cues: Cues,
  lexicon: Lexicon,
  match: FactSpan,
  gaps: readonly Span[],
  others: readonly FactSpan[],
  throughLists = true,
): boolean {
  // A cue inside another finding is that finding's own word ("no siento ni las piernas", "leg not working"):
  // it denies nothing outside it.
  const own = cues.negations.filter(
    (cue) =>
      !others.some(
        (o) => o.start <= cue.start && cue.end <= o.end && (o.end <= match.start || o.start >= match.end),
      ),
  );
  if (own.some((cue) => gaps.some((gap) => cue.start >= gap.start && cue.end <= gap.end))) return true;
  if (regex(lexicon.postNegation).test(text.slice(match.end))) return true;
  const clause = clauseAt(cues, match.start);
  const cue = own.filter((c) => c.start >= clause.start && c.end <= match.start).at(-1);
  if (!cue) return false;
  const fillers = regex(lexicon.fillers);
  if (freeWords(text, cue.end, match.start, others, fillers) > NEGATION_WINDOW) return false;
  const commas = [...text.slice(cue.end, match.start).matchAll(/,/g)].map((m) => cue.end + m.index);
  if (commas.length === 0)
    return !spentBefore(text, cue, match, others) && inDeniedList(text, cue, match, others, clause.end);
  // Words a denial cannot turn around ("legs fine", "left side") are a new item, not one of its list.
  if (!throughLists) return false;
  // Crossing a comma: every item passed must be a finding, and the cue must not be repeated item by item.
  const passed = [cue.end, ...commas];
  for (let i = 0; i < commas.length; i++) {
    if (freeWords(text, passed[i] as number, commas[i] as number, others, fillers) > 0) return false;
  }
  const sentence = Math.max(
    ...[...text.slice(0, match.start).matchAll(/[.!?;\n](?!\d)/g)].map((m) => m.index + 1),
    0,
  );
  const items = text.slice(sentence, match.start).split(",");
  const startsDenied = cueAtStart(lexicon);
  const cued = items.filter((item) => startsDenied.test(item)).length;
  if (cued >= 2) return false;
  return inDeniedList(text, cue, match, others, clause.end);
}

/**
 * Whether a finding said after others that one denial denies is denied too. An urgent or emergency sign is,
 * when one before it is of its kind ("no fever, chills"), when the list is of alternatives ("no fever, numbness
 * or weakness"), or after a clinician's "denies"; of another kind, it is stated: "no fever, numb bum", "no fever
 * and leaking urine". Anything else stays in the list ("no fever, weight loss, night sweats").
 */
function inDeniedList(
  text: string,
  cue: Span,
  match: FactSpan,
  others: readonly FactSpan[],
  end: number,
): boolean {
  if (match.value === null || !isUrgentSign(match.fact, match.value)) return true;
  // Findings said before it as items of their own: a comma or a join stands between them and it. A finding
  // that runs into it with none between ("numbness in my legs and my back hurts") makes it the same item.
  const separate = (o: Span) =>
    regex(`,|\\s(?:${ADDING_JOINS}|${ALTERNATIVE_JOINS})\\s`).test(text.slice(o.start, match.start));
  const earlier = others.filter((o) => o.start >= cue.end && o.start < match.start);
  if (earlier.some((o) => o.fact !== match.fact && o.end > match.start && !separate(o))) return true;
  const before = earlier.filter((o) => o.end < match.end && separate(o));
  if (before.length === 0 || before.some((o) => o.fact === match.fact)) return true;
  // A sign of another fact said with words of its own ("burning when I pee") is stated; a bare word of the
  // same kind ("no numbness, weakness") is one more item of the list.
  const words = text.slice(match.start, match.end).split(/\s+/).length;
  if (words < 3 && before.some((o) => sameKind(o.fact, match.fact))) return true;
  if (regex(`^${LIST_DENIALS}$`).test(text.slice(cue.start, cue.end))) return true;
  // The alternatives must join this item, right before it or after it: "no fever or chills and numb bum" and
  // "no me caí ni nada, las piernas flojas" deny the first items only.
  const lastBefore = Math.max(...before.map((o) => o.end));
  const joinedBefore = regex(`\\b${ALTERNATIVE_JOINS}\\s+(?:[^\\s,]+\\s+)?$`).test(
    text.slice(lastBefore, match.start),
  );
  return joinedBefore || regex(`\\b${ALTERNATIVE_JOINS}\\b`).test(text.slice(match.end, end));
}

/**
 * A denial already spent on words that are no finding, before "and" adds the match: "nothing helps and my
 * bum is numb", "no hay nadie en casa y la pierna floja". The words it denied are not this finding.
 */
function spentBefore(text: string, cue: Span, match: Span, others: readonly Span[]): boolean {
  const joins = [...text.slice(cue.end, match.start).matchAll(regex(`(?:^|\\s)${ADDING_JOINS}(?=\\s)`, "g"))];
  const join = joins.at(-1);
  if (join === undefined) return false;
  const joinAt = cue.end + join.index;
  const denied = text.slice(cue.end, joinAt);
  return /[a-zñ]/.test(denied) && !others.some((o) => o.start >= cue.end && o.end <= joinAt);
}

/** True when doubt governs the match: a doubt cue earlier in its clause, in a gap or closing it, or a question. */
export function isUncertain(text: string, cues: Cues, match: Span, gaps: readonly Span[]): boolean {
  const clause = clauseAt(cues, match.start);
  if (clause.question) return true;
  return cues.uncertainties.some(
    (cue) =>
      (cue.start >= clause.start && cue.end <= match.start) ||
      gaps.some((gap) => cue.start >= gap.start && cue.end <= gap.end) ||
      // A doubt said last ("a UTI I think") covers the clause it closes.
      (cue.start >= match.end && cue.start < clause.end && !/[a-zñ]/.test(text.slice(cue.end, clause.end))),
  );
}

/** True when the match is in a short question the person answered yes to ("leaking? a little"). */
export const isAnsweredYes = (cues: Cues, match: Span): boolean =>
  clauseAt(cues, match.start).answered === true;

export const isHedged = (cues: Cues, match: Span): boolean => {
  const clause = clauseAt(cues, match.start);
  return cues.hedges.some((cue) => cue.start >= clause.start && cue.end <= match.end);
};
