import * as z from "zod/mini";

/** Triage levels, most urgent first. */
export const LEVELS = ["emergency", "urgent", "soon", "self_care"] as const;
export type Level = (typeof LEVELS)[number];

export const CAUSES = [
  "soft_tissue_strain",
  "herniated_disc",
  "degenerative_disc_disease",
  "spinal_stenosis",
  "osteoarthritis",
  "cauda_equina_syndrome",
  "spinal_fracture",
  "spinal_infection",
  "malignancy",
  "inflammatory_back_pain",
  "cardiac",
  "aortic_aneurysm",
  "kidney",
] as const;
export type Cause = (typeof CAUSES)[number];

export const REGIONS = ["lower_back", "mid_back", "upper_back"] as const;
export type Region = (typeof REGIONS)[number];

const yesNo = () => z.optional(z.boolean());
const count = () => z.optional(z.int().check(z.minimum(0)));

/**
 * The facts of case.schema.json. This schema is the single source of the engine's types and validation;
 * `schema/vocabulary.test.ts` proves it agrees with spec/case.schema.json. Every fact is optional: missing means unknown.
 */
export const factsSchema = z.strictObject({
  age: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  sex: z.optional(z.enum(["female", "male", "other"])),
  pregnant: yesNo(),
  region: z.optional(
    z.array(z.enum(REGIONS)).check(
      z.minLength(1),
      z.refine((regions) => new Set(regions).size === regions.length, { message: "unique_items" }),
    ),
  ),
  side: z.optional(z.enum(["left", "right", "both", "center"])),
  painScore: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
  mobility: z.optional(z.enum(["normal", "limited", "severely_limited"])),
  onsetDaysAgo: count(),
  onsetTrigger: z.optional(z.enum(["strain", "minor_trauma", "major_trauma", "none"])),
  course: z.optional(z.enum(["improving", "unchanged", "worsening"])),
  previousEpisodesSameArea: count(),
  selfCareDays: count(),
  legPain: z.optional(z.enum(["none", "above_knee", "below_knee"])),
  legPainBothSides: yesNo(),
  legNumbness: yesNo(),
  legWeakness: z.optional(z.enum(["none", "one_leg", "both_legs"])),
  weaknessWorsening: yesNo(),
  saddleNumbness: yesNo(),
  bladderChange: yesNo(),
  bowelIncontinence: yesNo(),
  sexualDysfunction: yesNo(),
  walkingLegPainEasedBySitting: yesNo(),
  fever: yesNo(),
  weightLoss: yesNo(),
  cancerHistory: yesNo(),
  restNightPain: yesNo(),
  backLumpOrDeformity: yesNo(),
  ivDrugUse: yesNo(),
  immunosuppressed: yesNo(),
  recentInfectionOrSpinalProcedure: yesNo(),
  osteoporosis: yesNo(),
  steroidUse: yesNo(),
  morningStiffness: yesNo(),
  betterWithExercise: yesNo(),
  chestSymptoms: yesNo(),
  abdominalPain: yesNo(),
  urinarySymptoms: yesNo(),
});

export type Facts = z.infer<typeof factsSchema>;
export type FactId = keyof Facts;
export type FactValue = NonNullable<Facts[FactId]>;

export const levelSchema = z.enum(LEVELS);
export const causeSchema = z.enum(CAUSES);

export const caseSchema = z.strictObject({
  id: z.optional(z.string()),
  description: z.optional(z.string()),
  facts: factsSchema,
  expected: z.optional(
    z.strictObject({
      level: levelSchema,
      acceptable: z.optional(z.array(levelSchema)),
      reasonFindings: z.optional(z.array(z.string())),
      topCause: z.optional(causeSchema),
      note: z.optional(z.string()),
    }),
  ),
});

export type Case = z.infer<typeof caseSchema>;
