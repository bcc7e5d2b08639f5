import * as z from "zod/mini";
import { named } from "./registry.ts";

export const problemSchema = named(
  "Problem",
  z.strictObject({
    type: z.string().check(z.describe("A link to the problem's explanation in /api/docs")),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    errors: z.optional(
      z.array(
        z.strictObject({
          pointer: z.string().check(z.describe("RFC 6901 JSON Pointer into the request body")),
          path: z.string().check(z.describe("The same place as a dotted path")),
          code: z.string(),
          detail: z.string().check(z.describe("What is allowed there")),
        }),
      ),
    ),
    requestId: z.optional(z.string()),
  }),
  "RFC 9457 problem details; every error the API answers has this shape",
);

export const knowledgeSchema = named(
  "KnowledgeBase",
  z.looseObject({
    knowledgeVersion: z.string(),
    contentReviewed: z.string(),
    levels: z.array(z.looseObject({ id: z.string() })),
    rules: z.array(z.looseObject({ id: z.string(), level: z.string() })),
    causes: z.array(z.string()),
    facts: z.record(z.string(), z.looseObject({ type: z.string() })),
    screens: z.array(z.looseObject({ id: z.string() })),
    sources: z.record(z.string(), z.looseObject({})),
  }),
  "Levels, rules with their conditions, causes, facts, screens and sources",
);

export const questionnaireSchema = named(
  "Questionnaire",
  z.looseObject({
    resourceType: z.literal("Questionnaire"),
    url: z.string(),
    item: z.array(z.looseObject({})),
  }),
  "A FHIR R4 Questionnaire",
);

export const healthSchema = named("Health", z.strictObject({ status: z.literal("ok") }));
export const readySchema = named(
  "Ready",
  z.strictObject({ status: z.literal("ready"), database: z.enum(["sqlite", "postgres"]) }),
);
