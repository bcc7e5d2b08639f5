import * as z from "zod/mini";
import { FACTS, type FactId, LEVELS } from "./facts.ts";

export type { FactId } from "./facts.ts";
export { LEVELS, type Level, REGIONS, type Region } from "./facts.ts";

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

const shape = Object.fromEntries(Object.entries(FACTS).map(([id, row]) => [id, row.schema])) as {
  readonly [K in FactId]: (typeof FACTS)[K]["schema"];
};

/**
 * The facts of case.schema.json, built from the fact registry (schema/facts.ts). This schema is the single
 * source of the engine's types and validation; `schema/vocabulary.test.ts` proves it agrees with
 * spec/case.schema.json. Every fact is optional: missing means unknown.
 */
export const factsSchema = z.strictObject(shape);

export type Facts = z.infer<typeof factsSchema>;
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
