import type { FactId } from "../schema/vocabulary.ts";
import type { Lexicon } from "./lexicon.ts";
import { type Mention, PERSONAL } from "./mentions.ts";
import type { Reading } from "./resolve.ts";
import { type Cues, clauseAt } from "./scope.ts";
import { findTimePhrases } from "./time.ts";

/** Facts that carry their own time ("lymphoma 8 years ago"): a time in their clause is not the onset. */
const OWN_TIME: ReadonlySet<FactId> = new Set<FactId>([
  ...PERSONAL,
  "previousEpisodesSameArea",
  "weightLoss",
]);

/** Findings about this episode of back pain: a time in their clause is likely its onset. */
const EPISODE: ReadonlySet<FactId> = new Set<FactId>([
  "region",
  "side",
  "onsetTrigger",
  "mobility",
  "painScore",
  "legPain",
]);

/** Symptoms whose time is usually their own ("fever since last night"), not the back's. */
const OTHER_SYMPTOMS: ReadonlySet<FactId> = new Set<FactId>([
  "fever",
  "bladderChange",
  "bowelIncontinence",
  "saddleNumbness",
  "sexualDysfunction",
  "chestSymptoms",
  "abdominalPain",
  "urinarySymptoms",
]);

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
    const clause = clauseAt(cues, phrase.start);
    const clauseText = text.slice(clause.start, clause.end);
    const inClause = mentions.filter((m) => m.start < clause.end && clause.start < m.end);
    const base = { value: phrase.days, start: phrase.start, end: phrase.end, negated: false };
    if (new RegExp(time.selfCare).test(clauseText)) {
      readings.push({ ...base, fact: "selfCareDays", confidence: phrase.confidence, rank: phrase.priority });
      continue;
    }
    if (new RegExp(time.history).test(clauseText)) continue;
    // A time belongs to the finding it is said with: the nearest one, preferring the one just before it
    // ("fell in the bathroom this morning", "lymphoma 8 years ago").
    const distance = (m: Mention) =>
      m.end <= phrase.start ? phrase.start - m.end : 2 * Math.max(0, m.start - phrase.end);
    const owns = (m: Mention) => (OWN_TIME.has(m.fact) ? 0 : 1);
    const nearest = [...inClause].sort((a, b) => distance(a) - distance(b) || owns(a) - owns(b))[0];
    if (nearest && OWN_TIME.has(nearest.fact)) continue;
    const said = new RegExp(time.onsetContext).test(clauseText);
    const other = nearest !== undefined && OTHER_SYMPTOMS.has(nearest.fact);
    const context = said || inClause.some((m) => EPISODE.has(m.fact));
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
