import type { UnderstoodLang } from "../locales/languages.ts";
import type { FactId, FactValue } from "../schema/vocabulary.ts";

/** A language whose words the engine reads (LANGUAGES marks it `understood`). */
export type Lang = UnderstoodLang;

/**
 * How a pattern turns its match into a value, reading the named group `n`:
 * - number: the number itself (age, pain score);
 * - ordinal: "third time" means two earlier episodes;
 * - count: "twice before" means two earlier episodes;
 * - temperature: a reading in C or F, true from 38 C / 100.4 F.
 */
export type Read = "number" | "ordinal" | "count" | "temperature";

/** One way people say one fact. Patterns run on normalised text: lowercase, no accents, ñ kept. */
export interface LexiconPattern {
  readonly fact: FactId;
  /** Regex source. A named group `gap` marks words between the parts where a negation still counts. */
  readonly re: string;
  /** The value it states; for a yes/no fact, true when left out. null: a mention that says nothing unless negated. */
  readonly value?: FactValue | null;
  readonly read?: Read;
  /** Value when negated ("no leg pain" -> none). Left out: false for a yes/no fact, nothing otherwise. */
  readonly negated?: FactValue | null;
  /** 0-1, default 0.9. */
  readonly confidence?: number;
  /** Regex source tested on the clause: when it matches, this mention is dropped (family history, long ago). */
  readonly unless?: string;
  /** Dropped when its span overlaps a mention of one of these facts (a more specific reading of the same words). */
  readonly yieldsTo?: readonly FactId[];
  /** Said of a relative ("my dad, who's 91"): read only in a text written for a relative (`carer`, `patient`). */
  readonly ofRelative?: boolean;
  /**
   * The words say it may be this fact without saying which ("I keep having accidents": the bladder or the
   * bowel): read as doubt, so it is asked, unless denied ("no problems with toilet stuff" is a no).
   */
  readonly doubt?: boolean;
  /** Numbers outside [min, max] are not this fact ("tengo un dolor" is not an age of 1). */
  readonly range?: readonly [number, number];
}

/** A way of saying when something began or how long it lasted; the number of days is read or fixed. */
export interface TimePattern {
  /**
   * Regex source with named groups: `n` and `unit`, or `weekday` (with `lastWeek` when it is the day of the week
   * before this one: "Tuesday last week"; with `previous` or `previous2` for "last Tuesday", "el martes pasado");
   * otherwise `days` applies.
   */
  readonly re: string;
  readonly days?: number;
  /** Higher wins when several time phrases compete for the onset. */
  readonly priority: number;
  readonly confidence?: number;
}

export interface TimeLexicon {
  readonly patterns: readonly TimePattern[];
  /** Unit word (regex source) to days. */
  readonly units: readonly (readonly [string, number])[];
  /** Weekday word (regex source) to its number, Sunday 0. */
  readonly weekdays: readonly (readonly [string, number])[];
  /** A clause about self-care: its duration is selfCareDays. */
  readonly selfCare: string;
  /** A clause about the past, not this episode: its time is ignored. */
  readonly history: string;
  /** A clause about the back or how it began: its time is the onset. */
  readonly onsetContext: string;
  /** Words for the back itself ("back", "espalda"): a time said right after them is the back's. */
  readonly episode: string;
  /** Another event that owns a time said right after it ("a new job three weeks ago", "surgery in 2019"). */
  readonly otherEvents: string;
  /**
   * Words that make the back's pain date from the other event: said before it ("my back has hurt since the
   * epidural 3 days ago", "desde la operación") or after its time ("3 days ago and since then", "desde entonces").
   */
  readonly sinceEvent: string;
  readonly sinceThen: string;
  /**
   * Ends the words before a time, or before its first word, that make it a comparison, not a start ("worse than
   * 3 days ago", "better since yesterday").
   */
  readonly comparison: string;
  /** Words that name this flare among older ones ("this time", "esta crisis"): their time is the onset. */
  readonly current: string;
  /**
   * Linking words that may come before a relative whose event a time belongs to ("and my mum fell yesterday",
   * "porque mi hijo se cayó"). Any other word there makes the person the doer ("I lifted my grandson").
   */
  readonly linking: string;
  /** The person hurt their back helping a relative ("helping her up", "levantándola"): the relative's time is theirs. */
  readonly helpingThem: string;
}

export interface Lexicon {
  readonly lang: Lang;
  readonly patterns: readonly LexiconPattern[];
  readonly time: TimeLexicon;
  /** Words that deny what follows ("no", "haven't", "sin", "ni"). */
  readonly negation: string;
  /** Words that put what follows in doubt ("not sure if", "no sé si"); they win over negation. */
  readonly uncertainty: string;
  /** Words that soften without doubting ("probably"): confidence drops. */
  readonly hedges: string;
  /**
   * Words that only add force ("really", "very", "muy"): dropped before reading, so that "can't really tell if
   * my bladder is full" reads like "can't tell if my bladder is full". Words that carry meaning stay.
   */
  readonly intensifiers: string;
  /** Words that end a clause ("but", "pero"). */
  readonly breakers: string;
  /**
   * Words that open a question ("is it normal", "could this be", "¿es normal"): the clause they open asks what it
   * names, with or without a question mark, and a statement before them stays stated ("I can't pee, is that normal?").
   */
  readonly questions: string;
  /**
   * Words that answer yes at the start of the sentence after a short question ("numb bum? yep", "¿fiebre? sí"):
   * the person answered their own question, so it states what it names.
   */
  readonly answersYes: string;
  /**
   * Words that open an answer naming a place, after a short question ("numbness? only in my groin",
   * "¿hormigueo? sí, en las nalgas"): the question is a form's label and the answer says what it is.
   */
  readonly answersWhere: string;
  /** The label a written answer may open with ("Q: numbness? A: yes, in my groin"; "R:" in Spanish). */
  readonly answerLabel: string;
  /** Words that start a new clause after a comma or "and" ("I", "my", "me"). */
  readonly subjects: string;
  /** Small words that do not count as distance between a denial and what it denies ("no fever or any chills"). */
  readonly fillers: string;
  /** A denial after the words ("fever: no"). */
  readonly postNegation: string;
  /** Someone else's history ("my mother had cancer"). */
  readonly family: string;
  /**
   * Someone writing for the person ("writing for my dad, 80", "my husband's legs", "a mi marido le fallan"):
   * then a symptom said of that relative is the person's, though a relative's history still is not.
   */
  readonly carer: string;
  /**
   * Words that name the one relative a text is written for ("writing for my dad", "my father is 88", "mi madre
   * de 80"): that relative's history ("my father is 88, has brittle bones") is then the person's.
   */
  readonly patient: string;
  /**
   * In a text written for a relative, how what is said of them reads as the person's own words ("no puede" as
   * "no puedo", "se le duermen" as "se me duermen"), "_" for a space. Each phrase and its reading have the same
   * length, so every character keeps its place in the original text.
   */
  readonly relativeAsPerson?: Readonly<Record<string, string>>;
  /**
   * Past events told in the present perfect, read as the simple past the phrasings are written in: each
   * participle with its past for one thing and for several ("escapado=escapo/escaparon", so "se me ha escapado
   * el pis" reads as "se me escapo el pis" and "se le han doblado" as "se le doblaron").
   */
  readonly perfectAsPast?: Readonly<Record<string, string>>;
  readonly typos: {
    readonly targets: readonly string[];
    readonly common: readonly string[];
    readonly misspellings: Readonly<Record<string, string>>;
    readonly firstLetterGroups: readonly string[];
  };
  /** Frequent words of the language, for detecting it. */
  readonly stopwords: readonly string[];
}

/**
 * Up to n characters within one clause: no sentence end, and no "but"/"pero" (the words on either side of
 * "but" belong to different statements: "moving slowly, but nothing goes down my legs").
 */
export const within = (n: number): string =>
  String.raw`(?:(?!\b(?:but|although|though|however|except|pero|aunque|sino|excepto)\b)[^.;!?\n]){0,${n}}?`;

/** A word list written as one string: words("fever chills") is ["fever", "chills"]. */
export const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** A misspelling table written as one string: pairs("feaver=fever lowerback=lower_back"), "_" for a space. */
export const pairs = (list: string): Record<string, string> =>
  Object.fromEntries(
    words(list).map((pair) => pair.split("=").map((w) => w.replace(/_/g, " ")) as [string, string]),
  );

/** Writes regex sources without double escaping: rx`\bfever\b`. */
export const rx = String.raw;

/**
 * A value said by any word of a list, which a denial does not turn around ("for no reason", "pádel", "lado
 * izquierdo"): a word list, its fact and value, and how sure the words are (default 0.9).
 */
export const saidBy = (
  fact: FactId,
  value: FactValue,
  list: string,
  confidence?: number,
): LexiconPattern => ({
  fact,
  value,
  negated: null,
  re: rx`\b${list}\b`,
  ...(confidence === undefined ? {} : { confidence }),
});

/**
 * What joins a noun to what is said of it, contracted or not: "tummy's fine", "tummy is fine", "tummy feels
 * fine". `verbs` is a regex source of the spelled-out links; the contraction needs no space before it.
 */
export const saidOf = (verbs: string): string => rx`(?:'s|'re)? (?:(?:${verbs}) )?`;

/** Alternatives written one per line: anyOf(rx`a`, rx`b`) is `a|b`. */
export const anyOf = (...alternatives: readonly string[]): string => alternatives.join("|");

/**
 * A word list as a group: alt`fever chills night_sweats` is `(?:fever|chills|night sweats)`. Items are split on
 * white space (so a list may wrap over lines), "_" stands for a space, and `${...}` parts are kept whole.
 */
export function alt(strings: TemplateStringsArray, ...parts: readonly string[]): string {
  const hole = (i: number) => `§${i}§`;
  const source = strings.raw.map((raw, i) => (i < parts.length ? raw + hole(i) : raw)).join("");
  const items = source
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => item.replace(/_/g, " ").replace(/§(\d+)§/g, (_, i: string) => parts[Number(i)] as string));
  return `(?:${items.join("|")})`;
}

/**
 * Words a window never skips: a denial or a clause break must stay where the scope rules can see it, so "my
 * bladder is not leaking" never matches "bladder … leaking" with the "not" hidden inside.
 */
const WINDOW_STOPS = alt`
  no not never without nor neither none nothing don'?t doesn'?t didn'?t can'?t cannot couldn'?t won'?t
  isn'?t wasn'?t aren'?t haven'?t hasn'?t but although though however except
  ni sin nunca jamas tampoco pero aunque sino
`;

/** Words that end a statement: the words on either side of "but" are read apart. */
const CLAUSE_BREAKS = alt`but although though however except pero aunque sino excepto`;

/**
 * Up to n words between two parts in which a denial still counts ("my leg isn't weak"), as the named group
 * `gap`; never a clause break, so "no pain in my legs but they are weak" keeps its "no" on the pain.
 */
export const denialGap = (n: number, not?: string): string =>
  rx`(?<gap>(?: (?!(?:${CLAUSE_BREAKS}${not ? `|${not}` : ""})\b)[\w']+){0,${n}}?)`;

/** The words that add one more item to a list: "and", "y". */
const ADDING_WORDS = alt`and plus y e`;
/** The joins that make a list of alternatives, as a denial lists them: "no fever, chills or sweats". */
export const ALTERNATIVE_JOINS = alt`or nor o u ni`;

/**
 * Words that join items of a list: a place named before them is not the place of a word after them ("numb groin
 * and tingling in both legs": the tingling is the legs'), so a window from a place to a finding never skips them.
 */
export const LIST_JOINS = rx`(?:${ADDING_WORDS}|${ALTERNATIVE_JOINS})`;
/** The joins that add one more item: "nothing helps and my bum is numb". */
export const ADDING_JOINS = rx`(?:${ADDING_WORDS}|&)`;
/** Denials that deny a whole list, as a clinician writes them: "denies saddle anaesthesia, LL weakness". */
export const LIST_DENIALS = alt`denies denied deny negative_for free_of free_from niega niego negativo_para`;

/**
 * Put before a finding word that follows a place: not a new item of a list that names its own place ("numb groin
 * and tingling in both legs"), while "feels strange and numb" still describes the place before it.
 */
export const NOT_LISTED = rx`(?:(?<!\b${LIST_JOINS} )|(?=\S+(?!\S)(?!\s+${alt`
  in down on of around into to through en de por hasta a
`}\b)))`;

/** Like `within`, but never passes over a denial: "I can pee, I don't have to push" is not "pee … push". */
export const span = (n: number): string =>
  rx`(?:(?!\b(?:${WINDOW_STOPS}|although|though|however|except|pero|aunque|sino|excepto)\b)[^.;!?\n]){0,${n}}?`;

/** From `min` to `max` words, each after a space, none of them a denial or a break. */
export const skip = (min: number, max: number): string =>
  rx`(?: (?!${WINDOW_STOPS}\b)[\wñ']+){${min},${max}}?`;

/** One optional word that is not a denial or a break: "i'm not leaking" never reads as "i'm … leaking". */
export const ANY_WORD = rx`(?:(?!${WINDOW_STOPS}\b)[\wñ']+ )?`;

/**
 * Up to `words` words in one clause between two parts, never a denial or a break (nor a word of `not`, a
 * regex source: "numb groin and legs" must not join "groin" to the legs' numbness); at least one space. A
 * contraction may end the first part: "my stomach's been crampy".
 */
export const gap = (words: number, not?: string): string =>
  rx`(?:'s)?(?:\s+(?!(?:${WINDOW_STOPS}${not ? `|${not}` : ""})\b)[a-zñ0-9']+){0,${words}}?\s+`;

/** `a`, then `b` within a window of words: an intensifier or hedge between them does not break the phrase. */
export const near = (a: string, b: string, words = 3, not?: string): string =>
  rx`(?:${a})${gap(words, not)}(?:${b})`;

/** `a` and `b` in either order within a window of words ("numb bum", "bum feels numb"). */
export const together = (a: string, b: string, words = 3, not?: string): string =>
  rx`(?:${near(a, b, words, not)}|${near(b, a, words, not)})`;

/** What `make` builds from a lexicon (a compiled pattern, a table), built once per lexicon on first use. */
export function oncePerLexicon<T>(make: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const made = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    if (!made.has(lexicon)) made.set(lexicon, make(lexicon));
    return made.get(lexicon) as T;
  };
}
