import { any, type Condition, factsIn, is, isNot, unknown, yes } from "../conditions/condition.ts";
import { factsOnScreen, TOPIC_SCREENS, type TopicScreenId } from "../schema/facts.ts";
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

export type ScreenId = TopicScreenId | `follow_up_${"emergency" | "urgent" | "soon"}`;

export interface Screen {
  readonly id: ScreenId;
  /** A checklist is a set of yes/no warning signs answered together. */
  readonly kind: "checklist" | "form";
  readonly questions: readonly Question[];
}

const WITH_FEVER = any(yes("fever"), unknown("fever"));

/** What a question needs beyond its fact's screen and place (schema/facts.ts): when to show it, and why. */
const QUESTION_DETAILS: Readonly<Partial<Record<FactId, Omit<Question, "fact">>>> = {
  weaknessWorsening: { showWhen: is("legWeakness", "one_leg"), askedFor: "clinician" },
  sex: { askedFor: "pregnant" },
  pregnant: { showWhen: any(unknown("sex"), isNot("sex", "male")) },
  fever: { canFindOut: true },
  // Risks matter only with a fever (E6); hidden as soon as fever is answered "no" on the same screen.
  ivDrugUse: { showWhen: WITH_FEVER },
  immunosuppressed: { showWhen: WITH_FEVER },
  recentInfectionOrSpinalProcedure: { showWhen: WITH_FEVER },
};

/**
 * The interview's screens in the order they are considered: emergency signs first. Each asks the facts the
 * fact registry places on it. A screen is shown only when one of its questions could still change the level.
 */
export const SCREENS: readonly Screen[] = (Object.keys(TOPIC_SCREENS) as TopicScreenId[]).map((id) => ({
  id,
  kind: TOPIC_SCREENS[id].kind,
  questions: factsOnScreen(id).map((fact) => ({ fact, ...QUESTION_DETAILS[fact] })),
}));

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
