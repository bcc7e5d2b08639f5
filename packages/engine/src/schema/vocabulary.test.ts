/// <reference types="node" />
import { readFileSync } from "node:fs";
import {
  CAUSES,
  caseSchema,
  FACT_IDS,
  FACT_KINDS,
  factsSchema,
  LEVELS,
  parseCase,
  parseFacts,
  REGIONS,
  ValidationError,
} from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";

type JsonSchema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  uniqueItems?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  $defs?: Record<string, JsonSchema>;
};

const spec = JSON.parse(
  readFileSync(new URL("../../../../spec/case.schema.json", import.meta.url), "utf8"),
) as JsonSchema;

/** Inlines the spec's `#/$defs/...` references so both trees have the same shape. */
function resolve(schema: JsonSchema): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace("#/$defs/", "");
    const target = spec.$defs?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return resolve(target);
  }
  const out: JsonSchema = { ...schema };
  if (schema.items) out.items = resolve(schema.items);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, resolve(value)]),
    );
  }
  return out;
}

/**
 * The validation-relevant keywords of one schema node, with two differences of notation removed:
 * zod writes `type: "string"` beside a string enum (the spec leaves it implied), and z.int() carries
 * JavaScript's safe-integer bound as `maximum` where the spec has no maximum. `uniqueItems` is left
 * out here because zod enforces it with a refine, which is tested below on its own.
 */
function constraints(node: JsonSchema): Record<string, unknown> {
  const allStrings = node.enum?.every((value) => typeof value === "string");
  return {
    type: node.type ?? (allStrings ? "string" : undefined),
    enum: node.enum,
    minimum: node.minimum,
    maximum: node.maximum === Number.MAX_SAFE_INTEGER ? undefined : node.maximum,
    minItems: node.minItems,
    items: node.items ? constraints(node.items) : undefined,
    additionalProperties: node.additionalProperties,
    required: node.required ? [...node.required].sort() : undefined,
    properties: node.properties
      ? Object.fromEntries(Object.entries(node.properties).map(([key, value]) => [key, constraints(value)]))
      : undefined,
  };
}

const specCase = resolve(spec);
const specFacts = specCase.properties?.facts as JsonSchema;
const zodCase = z.toJSONSchema(caseSchema) as JsonSchema;
const zodFacts = z.toJSONSchema(factsSchema) as JsonSchema;

describe("the facts schema agrees with spec/case.schema.json", () => {
  it("has the same fact names", () => {
    expect(Object.keys(zodFacts.properties ?? {}).sort()).toEqual(
      Object.keys(specFacts.properties ?? {}).sort(),
    );
    expect([...FACT_IDS].sort()).toEqual(Object.keys(specFacts.properties ?? {}).sort());
  });

  it("rejects unknown facts (additionalProperties false) and requires none", () => {
    expect(specFacts.additionalProperties).toBe(false);
    expect(zodFacts.additionalProperties).toBe(false);
    expect(specFacts.required).toBeUndefined();
    expect(zodFacts.required ?? []).toEqual([]);
  });

  it.each(Object.keys(specFacts.properties ?? {}))("fact %s has the same type, values and bounds", (fact) => {
    const ours = zodFacts.properties?.[fact];
    const theirs = specFacts.properties?.[fact];
    expect(ours).toBeDefined();
    expect(constraints(ours as JsonSchema)).toEqual(constraints(theirs as JsonSchema));
  });

  it("describes each fact's kind from the schema, without a phantom maximum on counts", () => {
    for (const fact of FACT_IDS) {
      const theirs = specFacts.properties?.[fact] as JsonSchema;
      const kind = FACT_KINDS[fact];
      if (theirs.type === "integer") {
        expect(kind).toEqual(
          theirs.maximum === undefined
            ? { type: "integer", min: theirs.minimum }
            : { type: "integer", min: theirs.minimum, max: theirs.maximum },
        );
      } else if (theirs.type === "boolean") {
        expect(kind).toEqual({ type: "boolean" });
      } else if (theirs.type === "array") {
        expect(kind).toEqual({ type: "choices", options: theirs.items?.enum });
      } else {
        expect(kind).toEqual({ type: "choice", options: theirs.enum });
      }
    }
  });

  it("exports the spec's levels, causes and regions", () => {
    expect([...LEVELS]).toEqual(spec.$defs?.level?.enum);
    expect([...CAUSES]).toEqual(spec.$defs?.cause?.enum);
    expect([...REGIONS]).toEqual(specFacts.properties?.region?.items?.enum);
  });
});

describe("region has unique items (spec uniqueItems, enforced by a refine)", () => {
  it("is declared unique in the spec", () => {
    expect(specFacts.properties?.region?.uniqueItems).toBe(true);
  });

  it("rejects a repeated region, naming the field", () => {
    let error: unknown;
    try {
      parseFacts({ region: ["lower_back", "lower_back"] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((issue) => issue.path)).toEqual(["facts.region"]);
    expect(issues[0]?.message).toMatch(/without repeats/);
  });

  it("accepts distinct regions and rejects an empty list (minItems 1)", () => {
    expect(parseFacts({ region: ["lower_back", "mid_back"] })).toEqual({
      region: ["lower_back", "mid_back"],
    });
    expect(() => parseFacts({ region: [] })).toThrow(ValidationError);
  });
});

describe("the case schema agrees with spec/case.schema.json", () => {
  it("has the same top-level fields, required fields and no extra fields", () => {
    const { facts: _ours, ...oursRest } = zodCase.properties ?? {};
    const { facts: _theirs, ...theirsRest } = specCase.properties ?? {};
    expect(constraints({ ...zodCase, properties: oursRest })).toEqual(
      constraints({ ...specCase, properties: theirsRest }),
    );
  });

  it("uses the facts schema for `facts`", () => {
    expect(constraints(zodCase.properties?.facts as JsonSchema)).toEqual(constraints(specFacts));
  });

  it("requires a level in `expected` and rejects unknown fields there", () => {
    expect(() => parseCase({ facts: {}, expected: {} })).toThrow(ValidationError);
    expect(() => parseCase({ facts: {}, expected: { level: "soon", extra: 1 } })).toThrow(ValidationError);
    expect(parseCase({ facts: {}, expected: { level: "soon" } })).toEqual({
      facts: {},
      expected: { level: "soon" },
    });
  });
});
