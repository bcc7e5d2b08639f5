import * as z from "zod/mini";
import { FACT_IDS } from "./facts.ts";
import { type FactId, factsSchema } from "./vocabulary.ts";

export { FACT_IDS };

/** How a fact is answered, read from the facts schema itself so the two cannot drift. */
export type FactKind =
  | { type: "boolean" }
  | { type: "choice"; options: readonly string[] }
  | { type: "choices"; options: readonly string[] }
  | { type: "integer"; min: number; max?: number };

interface JsonSchemaProperty {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: { enum?: string[] };
}

function kindOf(property: JsonSchemaProperty): FactKind {
  if (property.type === "boolean") return { type: "boolean" };
  if (property.type === "integer") {
    // z.int() reports JavaScript's safe-integer bound as `maximum`; the spec gives counts no maximum.
    return property.maximum === undefined || property.maximum === Number.MAX_SAFE_INTEGER
      ? { type: "integer", min: property.minimum ?? 0 }
      : { type: "integer", min: property.minimum ?? 0, max: property.maximum };
  }
  if (property.type === "array") return { type: "choices", options: property.items?.enum ?? [] };
  return { type: "choice", options: property.enum ?? [] };
}

const properties = (z.toJSONSchema(factsSchema) as { properties: Record<string, JsonSchemaProperty> })
  .properties;

export const FACT_KINDS = Object.fromEntries(
  FACT_IDS.map((id) => [id, kindOf(properties[id] as JsonSchemaProperty)]),
) as Record<FactId, FactKind>;
