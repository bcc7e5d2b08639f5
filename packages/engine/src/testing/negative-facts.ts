import type { FactId, Facts } from "@backtalk/engine";

type CompleteFacts = { [K in FactId]-?: NonNullable<Facts[K]> };

/**
 * A complete case with every warning sign answered "no" / "none": assess gives self_care, complete, rule SC.
 * Typed as every fact so that a fact added to the schema must be added here too.
 */
export const NEGATIVE_FACTS: Readonly<CompleteFacts> = {
  age: 35,
  sex: "female",
  pregnant: false,
  region: ["lower_back"],
  side: "center",
  painScore: 5,
  mobility: "limited",
  onsetDaysAgo: 3,
  onsetTrigger: "strain",
  course: "unchanged",
  previousEpisodesSameArea: 0,
  selfCareDays: 0,
  legPain: "none",
  legPainBothSides: false,
  legNumbness: false,
  legWeakness: "none",
  weaknessWorsening: false,
  saddleNumbness: false,
  bladderChange: false,
  bowelIncontinence: false,
  sexualDysfunction: false,
  walkingLegPainEasedBySitting: false,
  fever: false,
  weightLoss: false,
  cancerHistory: false,
  restNightPain: false,
  backLumpOrDeformity: false,
  ivDrugUse: false,
  immunosuppressed: false,
  recentInfectionOrSpinalProcedure: false,
  osteoporosis: false,
  steroidUse: false,
  morningStiffness: false,
  betterWithExercise: false,
  chestSymptoms: false,
  abdominalPain: false,
  urinarySymptoms: false,
};

/** A change to the negative case: a value sets the fact, `undefined` makes it unknown (drops it). */
export type FactChanges = { [K in FactId]?: Facts[K] | undefined };

/**
 * The complete negative case with some facts changed, so a test flips exactly what it is about.
 * @example negativeFacts({ fever: true, ivDrugUse: undefined }) // fever yes, drug use unknown, all else no
 */
export function negativeFacts(changes: FactChanges = {}): Facts {
  const facts: Record<string, unknown> = { ...NEGATIVE_FACTS };
  for (const [fact, value] of Object.entries(changes)) {
    if (value === undefined) delete facts[fact];
    else facts[fact] = value;
  }
  return facts as Facts;
}
