import { timeRoleOf } from "../schema/facts.ts";
import type { FactId } from "../schema/vocabulary.ts";
import type { Lexicon, TimeLexicon } from "./lexicon.ts";
import { type Mention, relativeJustBefore } from "./mentions.ts";
import { regex } from "./regex.ts";
import type { Reading } from "./resolve.ts";
import { type Cues, clauseAt, type Span } from "./scope.ts";
import { findTimePhrases } from "./time.ts";

/** The last of `source`'s matches in `text`, or -1. */
const lastIndex = (text: string, source: string): number =>
  [...text.matchAll(regex(source, "g"))].at(-1)?.index ?? -1;

/** Where the other event was done ("an injection in my back", "una infiltración en la columna"): not the back's pain. */
const donePlace = (time: TimeLexicon): string =>
  String.raw`\b(?:in|into|on|to|en|de|a) (?:(?:the|my|la|el|mi|lower|low|upper|zona) )*(?:${time.episode})`;

/**
 * Whose time it is when another event ("a new job three weeks ago", "an epidural 3 days ago") is named after the
 * last word about the back or its start: the event's, unless the back's pain is said to date from it ("since
 * the epidural 3 days ago", "an epidural 3 days ago and since then my back hurts"): then the back's.
 */
function eventOwning(
  text: string,
  before: string,
  phrase: Span,
  time: TimeLexicon,
): "event" | "back" | undefined {
  const event = lastIndex(before, time.otherEvents);
  if (event < 0) return undefined;
  const tail = before.slice(event).replace(regex(donePlace(time), "g"), (place) => " ".repeat(place.length));
  if (regex(time.onsetContext).test(tail.replace(regex(time.otherEvents), ""))) return undefined;
  if (regex(String.raw`(?:${time.sinceEvent})\s+(?:\S+\s+){0,3}$`).test(before.slice(0, event)))
    return "back";
  const sentenceEnd = text.slice(phrase.end).search(/[.!?;\n](?!\d)/);
  const after = text.slice(phrase.end, sentenceEnd < 0 ? text.length : phrase.end + sentenceEnd);
  const then = after.search(regex(time.sinceThen));
  return then >= 0 && regex(time.episode).test(after.slice(then)) ? "back" : "event";
}

/** Rank added to a time said of "this flare": more than any time phrase's priority, less than a better place. */
const CURRENT_FLARE = 5;

/** Words a relative's event may be told in before its time ("my husband had a car accident on Thursday"). */
const RELATIVE_EVENT_WORDS = 8;

/**
 * "my mum fell yesterday": the time is the relative's, not when this back pain began. It stays the person's
 * when the text is written for that relative, or when the person hurt their back helping them ("my mum fell
 * last week and I hurt my back helping her up").
 */
function ownedByRelative(
  text: string,
  lexicon: Lexicon,
  clauseStart: number,
  phrase: Span,
  carer: boolean,
): boolean {
  if (carer) return false;
  if (
    !relativeJustBefore(text, clauseStart, phrase.start, regex(lexicon.family), { far: RELATIVE_EVENT_WORDS })
  ) {
    return false;
  }
  // "since I lifted my grandson 6 days ago", "después de cargar a mi hijo": the person did it.
  const relative = lastIndex(text.slice(clauseStart, phrase.start), lexicon.family);
  const lead = text.slice(clauseStart, clauseStart + relative).match(/[a-zñ']+/g) ?? [];
  const linking = regex(`^(?:${lexicon.time.linking})$`);
  if (lead.some((word) => !linking.test(word))) return false;
  const sentenceEnd = text.slice(phrase.end).search(/[.!?;\n](?!\d)/);
  const rest = text.slice(phrase.end, sentenceEnd < 0 ? text.length : phrase.end + sentenceEnd);
  return !regex(lexicon.time.helpingThem).test(rest);
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
  carer: boolean = regex(lexicon.carer).test(text),
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
    const firstWord = /^\S+\s+/.exec(text.slice(phrase.start, phrase.end))?.[0] ?? "";
    if (regex(time.comparison).test(before) || regex(time.comparison).test(before + firstWord)) continue;
    const owner = eventOwning(text, before, phrase, time);
    if (owner === "event") continue;
    if (ownedByRelative(text, lexicon, clause.start, phrase, carer)) continue;
    // A time belongs to the finding it is said with: the nearest one, preferring the one just before it
    // ("fell in the bathroom this morning", "lymphoma 8 years ago").
    // Words that run across the time count from where they begin ("haven't peed since this morning" is near it,
    // "pain is 10/10, ... 2 days ago, my legs" is not).
    const distance = (m: Mention) =>
      m.end <= phrase.start
        ? phrase.start - m.end
        : m.start < phrase.start
          ? phrase.start - m.start
          : 2 * Math.max(0, m.start - phrase.end);
    const owns = (m: Mention) => (timeRoleOf(m.fact) === "own" ? 0 : 1);
    const nearest = [...inClause].sort((a, b) => distance(a) - distance(b) || owns(a) - owns(b))[0];
    // A time said with another symptom is that symptom's ("can't pee since yesterday", "fever for two days"):
    // the onset stays unknown unless the back's own start is said.
    const otherFinding =
      nearest && timeRoleOf(nearest.fact) !== undefined && timeRoleOf(nearest.fact) !== "episode";
    if (otherFinding && owner !== "back") continue;
    const said = owner === "back" || regex(time.onsetContext).test(clauseText);
    const context = said || inClause.some((m) => timeRoleOf(m.fact) === "episode");
    const place = context ? 3 : phrase.priority >= 2 ? 2 : 0;
    if (place === 0) continue;
    const confidence = phrase.confidence * (place === 3 ? 1 : 0.9);
    // Words like "started" or "woke up with" mark the onset better than a trigger alone ("kayaking Saturday"),
    // and "this flare" marks it better than the years of back trouble before it.
    const current = regex(time.current).test(before) ? CURRENT_FLARE : 0;
    readings.push({
      ...base,
      fact: "onsetDaysAgo",
      confidence,
      rank: place * 10 + phrase.priority + (said ? 0.5 : 0) + current,
    });
  }
  const best = (fact: FactId) =>
    readings.filter((r) => r.fact === fact).sort((a, b) => b.rank - a.rank || a.start - b.start)[0];
  return [best("onsetDaysAgo"), best("selfCareDays")].filter((r): r is Reading & { rank: number } => !!r);
}
