import { timeRoleOf } from "../schema/facts.ts";
import type { FactId } from "../schema/vocabulary.ts";
import type { Lexicon, TimeLexicon } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import { regex } from "./regex.ts";
import type { Reading } from "./resolve.ts";
import { type Cues, clauseAt, type Span } from "./scope.ts";
import { findTimePhrases } from "./time.ts";

/** The last of `source`'s matches in `text`, or -1. */
const lastIndex = (text: string, source: string): number =>
  [...text.matchAll(regex(source, "g"))].at(-1)?.index ?? -1;

/** "a new job three weeks ago": another event is named after the last word about the back or its start. */
function ownedByOtherEvent(before: string, time: TimeLexicon): boolean {
  const event = lastIndex(before, time.otherEvents);
  return event >= 0 && event > lastIndex(before, time.onsetContext);
}

/** Words for the back itself, as findings of this episode ("back pain for 6 weeks" after "night sweats"). */
function backWords(text: string, time: TimeLexicon, clause: Span): Mention[] {
  const words = [...text.slice(clause.start, clause.end).matchAll(regex(time.episode, "g"))];
  return words.map((m) => {
    const start = clause.start + m.index;
    return { ...BACK_WORD, start, end: start + m[0].length };
  });
}

const BACK_WORD: Omit<Mention, "start" | "end"> = {
  fact: "region",
  value: null,
  whenNegated: null,
  confidence: 1,
  gaps: [],
  pattern: { fact: "region", re: "" },
};

/** Times: in a self-care clause they are selfCareDays; otherwise the best-placed one is the onset. */
export function timeReadings(
  text: string,
  lexicon: Lexicon,
  cues: Cues,
  mentions: readonly Mention[],
  today: string | undefined,
): Reading[] {
  const { time } = lexicon;
  const readings: (Reading & { rank: number })[] = [];
  for (const phrase of findTimePhrases(text, lexicon.lang, time, today)) {
    // Words already read as a number ("hombre de 58 años" is an age) are no time at all.
    if (mentions.some((m) => m.pattern.read !== undefined && m.start < phrase.end && phrase.start < m.end)) {
      continue;
    }
    const clause = clauseAt(cues, phrase.start);
    const clauseText = text.slice(clause.start, clause.end);
    const inClause = [
      ...mentions.filter((m) => m.start < clause.end && clause.start < m.end),
      ...backWords(text, time, clause),
    ];
    const base = { value: phrase.days, start: phrase.start, end: phrase.end, negated: false };
    if (regex(time.selfCare).test(clauseText)) {
      readings.push({ ...base, fact: "selfCareDays", confidence: phrase.confidence, rank: phrase.priority });
      continue;
    }
    if (regex(time.history).test(clauseText)) continue;
    const before = text.slice(clause.start, phrase.start);
    if (regex(time.comparison).test(before)) continue;
    if (ownedByOtherEvent(before, time)) continue;
    // A time belongs to the finding it is said with: the nearest one, preferring the one just before it
    // ("fell in the bathroom this morning", "lymphoma 8 years ago").
    const distance = (m: Mention) =>
      m.end <= phrase.start ? phrase.start - m.end : 2 * Math.max(0, m.start - phrase.end);
    const owns = (m: Mention) => (timeRoleOf(m.fact) === "own" ? 0 : 1);
    const nearest = [...inClause].sort((a, b) => distance(a) - distance(b) || owns(a) - owns(b))[0];
    if (nearest && timeRoleOf(nearest.fact) === "own") continue;
    const said = regex(time.onsetContext).test(clauseText);
    const other = nearest !== undefined && timeRoleOf(nearest.fact) === "symptom";
    const context = said || inClause.some((m) => timeRoleOf(m.fact) === "episode");
    const place = context ? (other ? 1 : 3) : other ? 0 : phrase.priority >= 2 ? 2 : 0;
    if (place === 0) continue;
    const confidence = phrase.confidence * (place === 3 ? 1 : place === 2 ? 0.9 : 0.7);
    // Words like "started" or "woke up with" mark the onset better than a trigger alone ("kayaking Saturday").
    readings.push({
      ...base,
      fact: "onsetDaysAgo",
      confidence,
      rank: place * 10 + phrase.priority + (said ? 0.5 : 0),
    });
  }
  const best = (fact: FactId) =>
    readings.filter((r) => r.fact === fact).sort((a, b) => b.rank - a.rank || a.start - b.start)[0];
  return [best("onsetDaysAgo"), best("selfCareDays")].filter((r): r is Reading & { rank: number } => !!r);
}
