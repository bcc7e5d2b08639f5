import * as z from "zod/mini";

/** Triage levels, most urgent first. */
export const LEVELS = ["emergency", "urgent", "soon", "self_care"] as const;
export type Level = (typeof LEVELS)[number];

export const REGIONS = ["lower_back", "mid_back", "upper_back"] as const;
export type Region = (typeof REGIONS)[number];

/**
 * How several readings of one fact in the person's words become one value:
 * - safest: a yes/no fact is true if any reading says so (a denial never hides a sign found elsewhere);
 * - severity: the most serious value in `order` (last is most serious);
 * - last: the latest reading ("worse at first, better now" is improving);
 * - best: the most confident, then the first;
 * - max: the largest number (worst pain, most episodes);
 * - union: every region named;
 * - pair: two values named together make a third ("left" and "right" make "both").
 */
export type Policy =
  | { readonly kind: "safest" }
  | { readonly kind: "severity"; readonly order: readonly string[] }
  | { readonly kind: "last" }
  | { readonly kind: "best" }
  | { readonly kind: "max" }
  | { readonly kind: "union"; readonly order: readonly string[] }
  | { readonly kind: "pair"; readonly pair: readonly [string, string]; readonly makes: string };

/**
 * Where a time said next to the fact belongs, when reading the person's words:
 * - own: the fact carries its own time ("lymphoma 8 years ago"), never the onset;
 * - episode: a finding about this episode of back pain, so a time in its clause is likely the onset;
 * - symptom: a symptom whose time is its own ("fever since last night", "numb foot since Friday"), never the onset.
 */
export type TimeRole = "own" | "episode" | "symptom";

/** The screens of the topic-by-topic interview, in the order they are considered (emergency signs first). */
export const TOPIC_SCREENS = {
  emergency_signs: { kind: "checklist" },
  legs: { kind: "form" },
  start: { kind: "form" },
  about_you: { kind: "form" },
  body: { kind: "checklist" },
  infection_risks: { kind: "checklist" },
  health_history: { kind: "checklist" },
  course: { kind: "form" },
  pattern: { kind: "checklist" },
} as const satisfies Record<string, { kind: "checklist" | "form" }>;
export type TopicScreenId = keyof typeof TOPIC_SCREENS;

export interface FactRow {
  /** The value's schema (always optional: a missing fact is unknown, never "no"). */
  readonly schema: z.ZodMiniOptional;
  /**
   * - profile: about the person, the same from episode to episode (the diary's profile);
   * - history: computed over weeks from the diary, replacing what a single check said;
   * - episode: said about this episode at a check.
   */
  readonly kind: "profile" | "history" | "episode";
  /**
   * A symptom or finding the rules may raise the level on (how far is read from the rules), as opposed to
   * context such as age, sex or the history, which only qualifies other facts.
   */
  readonly sign?: true;
  /** Its place in the daily check-in's re-screen, when the check-in asks it again (it can change day to day). */
  readonly reScreen?: number;
  /** A yes means the skin may not feel cold or heat, so the plan warns against both on numb skin. */
  readonly numbSkin?: true;
  /** How readings from the person's words combine (default: safest) and where a time next to it belongs. */
  readonly words?: { readonly combine?: Policy; readonly time?: TimeRole; readonly personal?: true };
  /** The interview screen that asks it, and its place there. */
  readonly ask?: { readonly screen: TopicScreenId; readonly order: number };
}

const yesNo = () => z.optional(z.boolean());
const count = () => z.optional(z.int().check(z.minimum(0)));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.optional(z.enum(values));
const severity = (order: readonly string[]): Policy => ({ kind: "severity", order });

/**
 * Every fact of case.schema.json, one row each, in the spec's order. Everything the engine knows about a fact
 * that is not a rule or a text is here; every list of facts elsewhere is read from this table.
 * `schema/vocabulary.test.ts` proves the schemas agree with spec/case.schema.json.
 */
export const FACTS = {
  age: {
    schema: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
    kind: "profile",
    words: { combine: { kind: "best" } },
    ask: { screen: "about_you", order: 1 },
  },
  sex: {
    schema: oneOf(["female", "male", "other"]),
    kind: "profile",
    words: { combine: { kind: "best" } },
    ask: { screen: "about_you", order: 2 },
  },
  pregnant: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    words: { time: "own", personal: true },
    ask: { screen: "about_you", order: 3 },
  },
  region: {
    schema: z.optional(
      z.array(z.enum(REGIONS)).check(
        z.minLength(1),
        z.refine((regions) => new Set(regions).size === regions.length, { message: "unique_items" }),
      ),
    ),
    kind: "history",
    words: { combine: { kind: "union", order: REGIONS }, time: "episode" },
  },
  side: {
    schema: oneOf(["left", "right", "both", "center"]),
    kind: "history",
    words: { combine: { kind: "pair", pair: ["left", "right"], makes: "both" }, time: "episode" },
  },
  painScore: {
    schema: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
    kind: "history",
    words: { combine: { kind: "max" }, time: "episode" },
  },
  mobility: {
    schema: oneOf(["normal", "limited", "severely_limited"]),
    kind: "history",
    words: { combine: severity(["normal", "limited", "severely_limited"]), time: "episode" },
  },
  onsetDaysAgo: {
    schema: count(),
    kind: "history",
    words: { combine: { kind: "best" } },
    ask: { screen: "start", order: 2 },
  },
  onsetTrigger: {
    schema: oneOf(["strain", "minor_trauma", "major_trauma", "none"]),
    kind: "episode",
    sign: true,
    words: { combine: severity(["none", "strain", "minor_trauma", "major_trauma"]), time: "episode" },
    ask: { screen: "start", order: 1 },
  },
  course: {
    schema: oneOf(["improving", "unchanged", "worsening"]),
    kind: "history",
    words: { combine: { kind: "last" } },
    ask: { screen: "course", order: 1 },
  },
  previousEpisodesSameArea: {
    schema: count(),
    kind: "history",
    words: { combine: { kind: "max" }, time: "own" },
    ask: { screen: "course", order: 3 },
  },
  selfCareDays: {
    schema: count(),
    kind: "history",
    words: { combine: { kind: "max" } },
    ask: { screen: "course", order: 2 },
  },
  legPain: {
    schema: oneOf(["none", "above_knee", "below_knee"]),
    kind: "episode",
    sign: true,
    reScreen: 8,
    words: { combine: severity(["none", "above_knee", "below_knee"]), time: "episode" },
    ask: { screen: "legs", order: 1 },
  },
  legPainBothSides: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 7,
    words: { time: "symptom" },
    ask: { screen: "legs", order: 2 },
  },
  legNumbness: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 9,
    numbSkin: true,
    words: { time: "symptom" },
    ask: { screen: "legs", order: 3 },
  },
  legWeakness: {
    schema: oneOf(["none", "one_leg", "both_legs"]),
    kind: "episode",
    sign: true,
    reScreen: 5,
    words: { combine: severity(["none", "one_leg", "both_legs"]), time: "symptom" },
    ask: { screen: "legs", order: 4 },
  },
  weaknessWorsening: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 6,
    words: { time: "symptom" },
    ask: { screen: "legs", order: 5 },
  },
  saddleNumbness: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 1,
    numbSkin: true,
    words: { time: "symptom" },
    ask: { screen: "emergency_signs", order: 1 },
  },
  bladderChange: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 2,
    words: { time: "symptom" },
    ask: { screen: "emergency_signs", order: 2 },
  },
  bowelIncontinence: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 3,
    words: { time: "symptom" },
    ask: { screen: "emergency_signs", order: 3 },
  },
  sexualDysfunction: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 4,
    words: { time: "symptom" },
    ask: { screen: "emergency_signs", order: 4 },
  },
  walkingLegPainEasedBySitting: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    ask: { screen: "pattern", order: 1 },
  },
  fever: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 12,
    words: { time: "symptom" },
    ask: { screen: "body", order: 1 },
  },
  weightLoss: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 15,
    words: { time: "own" },
    ask: { screen: "health_history", order: 2 },
  },
  cancerHistory: {
    schema: yesNo(),
    kind: "profile",
    sign: true,
    words: { time: "own", personal: true },
    ask: { screen: "health_history", order: 1 },
  },
  restNightPain: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 16,
    ask: { screen: "health_history", order: 3 },
  },
  backLumpOrDeformity: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 14,
    ask: { screen: "health_history", order: 4 },
  },
  ivDrugUse: {
    schema: yesNo(),
    kind: "profile",
    sign: true,
    words: { time: "own", personal: true },
    ask: { screen: "infection_risks", order: 1 },
  },
  immunosuppressed: {
    schema: yesNo(),
    kind: "profile",
    sign: true,
    words: { time: "own", personal: true },
    ask: { screen: "infection_risks", order: 2 },
  },
  recentInfectionOrSpinalProcedure: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    words: { time: "own", personal: true },
    ask: { screen: "infection_risks", order: 3 },
  },
  osteoporosis: {
    schema: yesNo(),
    kind: "profile",
    sign: true,
    words: { time: "own", personal: true },
    ask: { screen: "health_history", order: 5 },
  },
  steroidUse: {
    schema: yesNo(),
    kind: "profile",
    sign: true,
    words: { time: "own", personal: true },
    ask: { screen: "health_history", order: 6 },
  },
  morningStiffness: { schema: yesNo(), kind: "episode", sign: true, ask: { screen: "pattern", order: 2 } },
  betterWithExercise: { schema: yesNo(), kind: "episode", sign: true, ask: { screen: "pattern", order: 3 } },
  chestSymptoms: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 10,
    words: { time: "symptom" },
    ask: { screen: "emergency_signs", order: 5 },
  },
  abdominalPain: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 11,
    words: { time: "symptom" },
    ask: { screen: "body", order: 2 },
  },
  urinarySymptoms: {
    schema: yesNo(),
    kind: "episode",
    sign: true,
    reScreen: 13,
    words: { time: "symptom" },
    ask: { screen: "body", order: 3 },
  },
} as const satisfies Record<string, FactRow>;

export type FactId = keyof typeof FACTS;
type Rows = typeof FACTS;
/** The facts whose row has this property. */
type FactsWith<P extends keyof FactRow> = {
  [K in FactId]: Rows[K] extends Record<P, unknown> ? K : never;
}[FactId];
type FactsOfKind<Kind extends FactRow["kind"]> = {
  [K in FactId]: Rows[K]["kind"] extends Kind ? K : never;
}[FactId];

const ROWS = Object.entries(FACTS) as [FactId, FactRow][];

/** Every fact id, in the spec's order. */
export const FACT_IDS: FactId[] = ROWS.map(([id]) => id);

const idsOf = <K extends FactId>(keep: (row: FactRow) => boolean): readonly K[] =>
  ROWS.filter(([, row]) => keep(row)).map(([id]) => id as K);

/** Facts about the person that do not change from episode to episode (the diary's `profile`). */
export const PROFILE_FACTS = idsOf<FactsOfKind<"profile">>((row) => row.kind === "profile");

/** Facts the course computes from the history; they replace what a check said when the history knows better. */
export const HISTORY_FACTS = idsOf<FactsOfKind<"history">>((row) => row.kind === "history");

/** Symptoms and findings, as opposed to context (age, sex, the history); the rules say how far each can raise. */
export const SIGN_FACTS = idsOf<FactsWith<"sign">>((row) => row.sign === true);

/** Warning signs a daily check-in may re-screen, in the order the check-in shows them. */
export const CHECK_IN_WARNING_SIGNS: readonly FactsWith<"reScreen">[] = ROWS.filter(([, row]) => row.reScreen)
  .sort(([, a], [, b]) => (a.reScreen as number) - (b.reScreen as number))
  .map(([id]) => id as FactsWith<"reScreen">);

/** Facts whose yes means numb skin (the plan then warns against cold and heat on it). */
export const NUMB_SKIN_FACTS = idsOf((row) => row.numbSkin === true);

const SAFEST: Policy = { kind: "safest" };

/** How readings of a fact in the person's words combine into one value. */
export const combineOf = (fact: FactId): Policy => (FACTS[fact] as FactRow).words?.combine ?? SAFEST;

/** Where a time said next to the fact belongs (see TimeRole); undefined when nothing special. */
export const timeRoleOf = (fact: FactId): TimeRole | undefined => (FACTS[fact] as FactRow).words?.time;

/** Facts about the person's own past: a clause naming a relative drops them wherever the relative is named. */
export const isPersonal = (fact: FactId): boolean => (FACTS[fact] as FactRow).words?.personal === true;

/**
 * Facts asked on the same screen are of one kind (the saddle and the bladder); a fact no screen asks (the region,
 * the pain score) is of every kind.
 */
export function sameKind(a: FactId, b: FactId): boolean {
  const [kindOfA, kindOfB] = [(FACTS[a] as FactRow).ask?.screen, (FACTS[b] as FactRow).ask?.screen];
  return kindOfA === undefined || kindOfB === undefined || kindOfA === kindOfB;
}

/** The facts a topic screen asks, in its order. */
export const factsOnScreen = (screen: TopicScreenId): readonly FactId[] =>
  ROWS.filter(([, row]) => row.ask?.screen === screen)
    .sort(([, a], [, b]) => (a.ask?.order ?? 0) - (b.ask?.order ?? 0))
    .map(([id]) => id);
