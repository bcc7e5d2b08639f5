import { any, type Condition, is, isNot, unknown } from "../conditions/condition.ts";
import type { FactId } from "../schema/vocabulary.ts";

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
  | "pattern";

export interface Screen {
  readonly id: ScreenId;
  /** A checklist is a set of yes/no warning signs answered together. */
  readonly kind: "checklist" | "form";
  readonly questions: readonly Question[];
}

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
    questions: [
      { fact: "ivDrugUse" },
      { fact: "immunosuppressed" },
      { fact: "recentInfectionOrSpinalProcedure" },
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
