import { any, type Condition, factsIn, is, isNot, unknown, yes } from "../conditions/condition.ts";
import { type FactId, LEVELS, type Level } from "../schema/vocabulary.ts";
import { RULES } from "./rules/index.ts";

export interface Question {
  readonly fact: FactId;
  /** Shown only while this holds on the answers so far, including earlier answers on the same screen. */
  readonly showWhen?: Condition;
  /**
   * Asked even though it cannot change the level, because a clinician needs it (weakness getting worse)
   * or because it lets the interview skip another question (sex, for pregnancy).
   */
  readonly askedFor?: "clinician" | FactId;
  /** The person can find out now (e.g. take their temperature); the UI shows how. */
  readonly canFindOut?: boolean;
}

export type ScreenId =
  | "emergency_signs"
  | "legs"
  | "start"
  | "about_you"
  | "body"
  | "infection_risks"
  | "health_history"
  | "course"
  | "pattern"
  | "follow_up_emergency"
  | "follow_up_urgent"
  | "follow_up_soon";

export interface Screen {
  readonly id: ScreenId;
  /** A checklist is a set of yes/no warning signs answered together. */
  readonly kind: "checklist" | "form";
  readonly questions: readonly Question[];
}

const WITH_FEVER = any(yes("fever"), unknown("fever"));

/**
 * The interview's screens in the order they are considered: emergency signs first.
 * A screen is shown only when one of its questions could still change the level.
 */
export const SCREENS: readonly Screen[] = [
  {
    id: "emergency_signs",
    kind: "checklist",
    questions: [
      { fact: "saddleNumbness" },
      { fact: "bladderChange" },
      { fact: "bowelIncontinence" },
      { fact: "sexualDysfunction" },
      { fact: "chestSymptoms" },
    ],
  },
  {
    id: "legs",
    kind: "form",
    questions: [
      { fact: "legPain" },
      { fact: "legPainBothSides" },
      { fact: "legNumbness" },
      { fact: "legWeakness" },
      { fact: "weaknessWorsening", showWhen: is("legWeakness", "one_leg"), askedFor: "clinician" },
    ],
  },
  {
    id: "start",
    kind: "form",
    questions: [{ fact: "onsetTrigger" }, { fact: "onsetDaysAgo" }],
  },
  {
    id: "about_you",
    kind: "form",
    questions: [
      { fact: "age" },
      { fact: "sex", askedFor: "pregnant" },
      { fact: "pregnant", showWhen: any(unknown("sex"), isNot("sex", "male")) },
    ],
  },
  {
    id: "body",
    kind: "checklist",
    questions: [{ fact: "fever", canFindOut: true }, { fact: "abdominalPain" }, { fact: "urinarySymptoms" }],
  },
  {
    id: "infection_risks",
    kind: "checklist",
    // Risks matter only with a fever (E6); hidden as soon as fever is answered "no" on the same screen.
    questions: [
      { fact: "ivDrugUse", showWhen: WITH_FEVER },
      { fact: "immunosuppressed", showWhen: WITH_FEVER },
      { fact: "recentInfectionOrSpinalProcedure", showWhen: WITH_FEVER },
    ],
  },
  {
    id: "health_history",
    kind: "checklist",
    questions: [
      { fact: "cancerHistory" },
      { fact: "weightLoss" },
      { fact: "restNightPain" },
      { fact: "backLumpOrDeformity" },
      { fact: "osteoporosis" },
      { fact: "steroidUse" },
    ],
  },
  {
    id: "course",
    kind: "form",
    questions: [{ fact: "course" }, { fact: "selfCareDays" }, { fact: "previousEpisodesSameArea" }],
  },
  {
    id: "pattern",
    kind: "checklist",
    questions: [
      { fact: "walkingLegPainEasedBySitting" },
      { fact: "morningStiffness" },
      { fact: "betterWithExercise" },
    ],
  },
];

/** The most urgent level of any rule that reads a fact. */
const tierOfFact = (fact: FactId): Level | undefined =>
  RULES.find((rule) => factsIn(rule.when).includes(fact))?.level;

/** A question belongs to the tier of the facts it serves: its own, its trigger's, or the one it is asked for. */
function tierOf(question: Question): Level | undefined {
  const served = [
    question.fact,
    ...(question.showWhen ? factsIn(question.showWhen) : []),
    ...(question.askedFor && question.askedFor !== "clinician" ? [question.askedFor] : []),
  ];
  const tiers = served.map(tierOfFact).filter((level): level is Level => level !== undefined);
  return LEVELS.find((level) => tiers.includes(level));
}

const allQuestions = SCREENS.flatMap((screen) => screen.questions);
const inTier = (level: Level) => allQuestions.filter((question) => tierOf(question) === level);

/**
 * After the person has told their story in their own words, what is still unknown is asked by urgency instead
 * of topic by topic: every question that could mean an emergency first, then same-day, then the rest. Derived
 * from SCREENS and RULES (RULES is in policy order, most urgent first), so no question is written twice.
 */
export const FOLLOW_UP_SCREENS: readonly Screen[] = [
  { id: "follow_up_emergency", kind: "form", questions: inTier("emergency") },
  { id: "follow_up_urgent", kind: "form", questions: inTier("urgent") },
  { id: "follow_up_soon", kind: "form", questions: inTier("soon") },
];

/** How the interview walks: topic by topic, or (after a description) in two follow-up screens. */
export type InterviewMode = "topics" | "follow_up";

export const SCREENS_BY_MODE: Readonly<Record<InterviewMode, readonly Screen[]>> = {
  topics: SCREENS,
  follow_up: FOLLOW_UP_SCREENS,
};
