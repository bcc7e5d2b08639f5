import {
  assess,
  type Facts,
  factsFromQuestionnaireResponse,
  KNOWLEDGE_VERSION,
  QUESTIONNAIRE_URL,
  toQuestionnaireResponse,
  ValidationError,
} from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partialFacts } from "../testing/arbitrary-facts.ts";
import { loadSampleCases } from "../testing/cases.ts";

const rejection = (input: unknown) => {
  try {
    factsFromQuestionnaireResponse(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error("accepted");
};

/** Every fact read back is one that was given, with the same value. */
const subsetOf = (back: Facts, facts: Facts) => {
  for (const [fact, value] of Object.entries(back)) expect(value).toEqual(facts[fact as keyof Facts]);
};

const response = (items: unknown[]) => ({
  resourceType: "QuestionnaireResponse",
  questionnaire: QUESTIONNAIRE_URL,
  status: "completed",
  item: items,
});

describe("toQuestionnaireResponse and back", () => {
  it.each(loadSampleCases().map(({ file, case: sample }) => [file, sample.facts] as const))(
    "%s: facts -> QuestionnaireResponse -> the facts the form enables and the same level and rules",
    (_file, facts) => {
      const resource = toQuestionnaireResponse(facts);
      const back = factsFromQuestionnaireResponse(JSON.parse(JSON.stringify(resource)));
      subsetOf(back, facts);
      const today = "2026-11-25";
      const [before, after] = [assess(facts, { today }), assess(back, { today })];
      expect(after.level).toBe(before.level);
      expect(after.rules.map((rule) => rule.id)).toEqual(before.rules.map((rule) => rule.id));
    },
  );

  it("keeps the level of any valid facts and round-trips exactly what it keeps, in either language", () => {
    fc.assert(
      fc.property(partialFacts, fc.constantFrom("en" as const, "es" as const), (facts, lang) => {
        const back = factsFromQuestionnaireResponse(toQuestionnaireResponse(facts, { lang }));
        subsetOf(back, facts);
        expect(assess(back).level).toBe(assess(facts).level);
        expect(assess(back).complete).toBe(assess(facts).complete);
        expect(factsFromQuestionnaireResponse(toQuestionnaireResponse(back, { lang }))).toEqual(back);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("never answers an item the Questionnaire disables (weakness getting worse without a weak leg)", () => {
    const back = factsFromQuestionnaireResponse(
      toQuestionnaireResponse({ legWeakness: "none", weaknessWorsening: true, sex: "male", pregnant: false }),
    );
    expect(back).toEqual({ legWeakness: "none", sex: "male" });
  });

  it("points at the Questionnaire's URL and version and leaves unknown facts out", () => {
    const resource = toQuestionnaireResponse({ fever: true });
    expect(resource.questionnaire).toBe(`${QUESTIONNAIRE_URL}-en|${KNOWLEDGE_VERSION}`);
    expect(resource.item).toEqual([
      {
        linkId: "group.body",
        text: "The rest of your body",
        item: [
          {
            linkId: "fever",
            text: expect.any(String),
            answer: [
              {
                valueCoding: {
                  system: "https://backtalk.example/fhir/CodeSystem/yes-no",
                  code: "true",
                  display: "Yes",
                },
              },
            ],
          },
        ],
      },
    ]);
  });
});

describe("factsFromQuestionnaireResponse", () => {
  it("reads items flat or in groups; an empty answer list is unknown", () => {
    const facts = factsFromQuestionnaireResponse(
      response([
        { linkId: "fever", answer: [{ valueBoolean: false }] },
        { linkId: "group.about_you", item: [{ linkId: "age", answer: [{ valueInteger: 61 }] }] },
        { linkId: "bladderChange", answer: [] },
        { linkId: "bowelIncontinence" },
      ]),
    );
    expect(facts).toEqual({ fever: false, age: 61 });
  });

  it("accepts codings without a system, and a questionnaire reference with a version", () => {
    const facts = factsFromQuestionnaireResponse({
      ...response([{ linkId: "legPain", answer: [{ valueCoding: { code: "below_knee" } }] }]),
      questionnaire: `${QUESTIONNAIRE_URL}|1.0`,
    });
    expect(facts).toEqual({ legPain: "below_knee" });
  });

  it("rejects what is not a QuestionnaireResponse to this Questionnaire", () => {
    expect(rejection(null)).toEqual([expect.objectContaining({ path: "", code: "invalid_type" })]);
    expect(rejection({ resourceType: "Patient" })).toEqual([
      expect.objectContaining({ path: "resourceType", message: 'must be "QuestionnaireResponse"' }),
    ]);
    expect(rejection({ ...response([]), questionnaire: "https://example.org/other" })).toEqual([
      expect.objectContaining({ path: "questionnaire", message: expect.stringContaining(QUESTIONNAIRE_URL) }),
    ]);
    expect(rejection({ ...response([]), status: "entered-in-error" })).toEqual([
      expect.objectContaining({ path: "status" }),
    ]);
    expect(rejection({ ...response([]), item: {} })).toEqual([
      expect.objectContaining({ path: "item", message: "must be a list of items" }),
    ]);
  });

  it("names an unknown linkId instead of ignoring it", () => {
    expect(
      rejection(response([{ linkId: "group.body", item: [{ linkId: "feverish", answer: [] }] }])),
    ).toEqual([
      {
        path: "item[0].item[0].linkId",
        code: "unknown_item",
        message: expect.stringMatching(/^"feverish" is not an item of .*known questions are age, /),
      },
    ]);
  });

  it("names each wrongly answered item and says what is allowed", () => {
    const issues = rejection(
      response([
        { linkId: "fever", answer: [{ valueString: "yes" }] },
        { linkId: "age", answer: [{ valueInteger: 150 }] },
        { linkId: "legPain", answer: [{ valueCoding: { code: "sometimes" } }] },
        { linkId: "sex", answer: [{ valueCoding: { system: "http://loinc.org", code: "male" } }] },
        { linkId: "chestSymptoms", answer: [{ valueBoolean: true }, { valueBoolean: false }] },
        {
          linkId: "region",
          answer: [{ valueCoding: { code: "lower_back" } }, { valueCoding: { code: "lower_back" } }],
        },
      ]),
    );
    expect(issues).toEqual([
      {
        path: "item[0].answer[0]",
        code: "invalid_value",
        message:
          '"fever" must be answered with valueCoding with code "true", "false" (system https://backtalk.example/fhir/CodeSystem/yes-no), or "asked-unknown" (data-absent-reason) or no answer when not sure',
      },
      {
        path: "item[1].answer[0]",
        code: "invalid_value",
        message:
          '"age" must be answered with valueInteger: a whole number from 0 to 120, or no answer when not sure',
      },
      {
        path: "item[2].answer[0]",
        code: "invalid_value",
        message: expect.stringContaining(
          '"legPain" must be answered with valueCoding with code "none", "above_knee", "below_knee"',
        ),
      },
      { path: "item[3].answer[0]", code: "invalid_value", message: expect.stringContaining('"sex"') },
      {
        path: "item[4].answer",
        code: "too_many_answers",
        message: expect.stringContaining('"chestSymptoms" takes one answer'),
      },
      { path: "item[5].answer", code: "duplicate_answer", message: '"region" lists the same answer twice' },
    ]);
  });

  it("rejects a question answered twice and an answer on a group", () => {
    expect(
      rejection(
        response([
          { linkId: "fever", answer: [{ valueBoolean: true }] },
          {
            linkId: "group.body",
            answer: [{ valueBoolean: true }],
            item: [{ linkId: "fever", answer: [{ valueBoolean: false }] }],
          },
        ]),
      ).map((issue) => [issue.path, issue.code]),
    ).toEqual([
      ["item[1].answer", "not_a_question"],
      ["item[1].item[0]", "duplicate_item"],
    ]);
  });
});
