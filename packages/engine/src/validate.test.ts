import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valuesOf } from "./conditions/fact-values.ts";
import { FACT_IDS } from "./schema/fact-kinds.ts";
import type { FactId, Facts } from "./schema/vocabulary.ts";
import { caseSchema, factsSchema } from "./schema/vocabulary.ts";
import { arbitraryValue, partialFacts } from "./testing/arbitrary-facts.ts";
import {
  issueCollector,
  parseCase,
  parseFacts,
  parseFactValues,
  plainFactValues,
  plainValidCase,
  plainValidFacts,
  ValidationError,
} from "./validate.ts";

const schemaAccepts = (input: unknown) => factsSchema.safeParse(input).success;

/** Values near a fact's kind: right and wrong types, edges, repeats, empty lists, options of other facts. */
const nearValue = (fact: FactId): fc.Arbitrary<unknown> =>
  fc.oneof(
    arbitraryValue(fact),
    fc.constantFrom(undefined, null, -1, 0, 1.5, 121, 11, Number.NaN, Number.MAX_SAFE_INTEGER + 2, "", "yes"),
    fc.constantFrom(true, false, "left", "lower_back", ["lower_back", "lower_back"], [], ["nowhere"]),
    fc.array(fc.constantFrom("lower_back", "mid_back", "upper_back", 3), { maxLength: 4 }),
    fc.anything(),
  );

const nearFacts = fc
  .tuple(
    partialFacts,
    fc
      .subarray([...FACT_IDS], { maxLength: 3 })
      .chain((facts) => fc.tuple(...facts.map((fact) => fc.tuple(fc.constant(fact), nearValue(fact))))),
  )
  .map(([facts, changes]) => ({ ...facts, ...Object.fromEntries(changes) }));

/** The fast path accepts nothing the schema rejects, and the parser agrees with the schema on every input. */
function agreesWithSchema(
  inputs: fc.Arbitrary<unknown>,
  schema: typeof factsSchema | typeof caseSchema,
  fastPath: (input: unknown) => boolean,
  parse: (input: unknown) => unknown,
): void {
  fc.assert(
    fc.property(inputs, (input) => {
      const accepted = schema.safeParse(input).success;
      if (fastPath(input)) expect(accepted).toBe(true);
      if (accepted) expect(parse(input)).toEqual(schema.parse(input));
      else expect(() => parse(input)).toThrow(ValidationError);
    }),
    { numRuns: 3000 },
  );
}

describe("the plain fast path of fact validation", () => {
  it("accepts only what the facts schema accepts, and every valid case the schema accepts", () => {
    agreesWithSchema(
      fc.oneof(partialFacts, nearFacts, fc.anything()),
      factsSchema,
      plainValidFacts,
      parseFacts,
    );
  });

  it("takes every valid plain object itself", () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        expect(plainValidFacts(facts)).toBe(true);
        expect(parseFacts(facts)).toEqual(factsSchema.parse(facts));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the values of exactly the facts the schema accepts, one fact per place", () => {
    fc.assert(
      fc.property(fc.oneof(partialFacts, nearFacts, fc.anything()), (input) => {
        const parsed = factsSchema.safeParse(input);
        const values = plainFactValues(input);
        if (values !== undefined) expect(values).toEqual(valuesOf(parsed.data as Facts));
        if (parsed.success) expect(parseFactValues(input)).toEqual(valuesOf(parsed.data));
        else expect(() => parseFactValues(input)).toThrow(ValidationError);
      }),
      { numRuns: 3000 },
    );
    // The same facts give the same values whatever the object's key order or internal shape.
    const dictionaryMode: Record<string, unknown> = {};
    for (const id of [...FACT_IDS].reverse()) dictionaryMode[id] = id === "age" ? 40 : undefined;
    dictionaryMode.fever = true;
    expect(plainFactValues(dictionaryMode)).toEqual(valuesOf({ age: 40, fever: true }));
    expect(plainFactValues(JSON.parse('{"fever":true,"age":40}'))).toEqual(
      valuesOf({ age: 40, fever: true }),
    );
  });

  it("leaves objects that are not plain, and keys that are not facts, to the schema", () => {
    class Answers {
      fever = true;
    }
    const inherited = Object.create({ fever: "yes" }) as object;
    for (const input of [
      new Answers(),
      inherited,
      JSON.parse('{"__proto__": {"fever": true}}'),
      { constructor: 1 },
      [],
      null,
    ])
      expect(plainValidFacts(input)).toBe(false);
    // A sparse list has a missing item: the schema rejects it, and so must the fast path.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const sparse = [, "lower_back"];
    expect([plainValidFacts({ region: sparse }), schemaAccepts({ region: sparse })]).toEqual([false, false]);
    expect(plainValidFacts(Object.assign(Object.create(null), { fever: true }))).toBe(true);
    expect(schemaAccepts(Object.assign(Object.create(null), { fever: true }))).toBe(true);
  });
});

describe("the plain fast path of case validation", () => {
  const nearCase = fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
      description: fc.oneof(fc.string(), fc.constant(null)),
      facts: fc.oneof(partialFacts, nearFacts, fc.anything()),
      expected: fc.constant({ level: "soon" }),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it("accepts only what the case schema accepts, and agrees with it on every input", () => {
    agreesWithSchema(fc.oneof(nearCase, fc.anything()), caseSchema, plainValidCase, parseCase);
  });

  it("takes an API request's case (an id and valid facts) itself", () => {
    fc.assert(
      fc.property(partialFacts, fc.string(), (facts, id) => {
        expect(plainValidCase({ id, facts })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("issueCollector", () => {
  it("keeps every validation's issues, returns what succeeded, and lets other errors through", () => {
    const { issues, collect } = issueCollector();
    expect(collect(() => parseFacts({ fever: "yes" }))).toBeUndefined();
    expect(collect(() => parseFacts({ age: 200 }, ["profile"]))).toBeUndefined();
    expect(collect(() => parseFacts({ fever: true }))).toEqual({ fever: true });
    expect(issues.map((issue) => issue.path)).toEqual(["facts.fever", "profile.age"]);
    expect(() =>
      collect(() => {
        throw new TypeError("not a validation");
      }),
    ).toThrow(TypeError);
  });
});
