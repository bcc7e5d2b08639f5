import {
  assess,
  buildReport,
  CONFORMANCE_TYPES,
  conformanceResources,
  demoDiary,
  expandValueSet,
  LANGS,
  nextQuestion,
  runOracle,
  searchResources,
  TERMINOLOGY_IDS,
  toCapabilityStatement,
  toCodeSystem,
  toFhirBundle,
  toOperationOutcome,
  toQuestionnaire,
  toQuestionnaireResponse,
  toRiskAssessment,
  toSearchset,
  toValueSet,
} from "@backtalk/engine";
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSampleCases } from "../testing/cases.ts";
import { FhirValidator } from "../testing/fhir-validator.ts";
import type { FhirAnswer } from "./fhir-answer.ts";
import { enabledInFhir } from "./fhir-enabled.ts";

// Every FHIR resource BackTalk makes, checked with the official R4 JSON schema and the R4 invariants (FHIRPath),
// offline. A base other than the default shows that nothing hard-codes it.
const BASE = "https://clinic.example/backtalk/fhir";
const TODAY = "2026-11-25";
const samples = loadSampleCases();

let validator: FhirValidator;
beforeAll(() => {
  validator = new FhirValidator();
}, 180_000);

const valid = (resource: unknown) => expect(validator.validate(resource)).toEqual([]);

/** Each answered item of a response, with every answer, wherever it sits. */
function answered(items: readonly QuestionnaireResponseItem[] = []): [string, FhirAnswer[]][] {
  return items.flatMap((item) => [
    ...(item.answer ? [[item.linkId, item.answer as FhirAnswer[]] as [string, FhirAnswer[]]] : []),
    ...answered(item.item),
  ]);
}

// Validation walks every element with FHIRPath; on a loaded 2-core CI machine one test can take seconds.
describe("R4 validation (JSON schema + FHIRPath invariants)", { timeout: 120_000 }, () => {
  it("catches what it should: a schema error and a broken invariant", () => {
    const issues = validator.validate({
      resourceType: "Questionnaire",
      status: "draft",
      item: [
        { linkId: "a", type: "group" },
        { linkId: "b", type: "display", required: true },
      ],
    });
    expect(issues.map((issue) => issue.rule).sort()).toEqual(["que-1", "que-6"]);
    expect(validator.validate({ resourceType: "Questionnaire", status: "maybe" })[0]?.rule).toBe("schema");
  });

  it.each(LANGS)("passes the Questionnaire in %s, with its own identity per language", (lang) => {
    const questionnaire = toQuestionnaire(lang, { base: BASE });
    valid(questionnaire);
    expect(questionnaire.url).toBe(`${BASE}/Questionnaire/backtalk-check-${lang}`);
    expect(validator.evaluated).toEqual(expect.objectContaining({}));
    for (const key of ["que-1", "que-3", "que-5", "que-7", "que-9", "ext-1", "ele-1"]) {
      expect(validator.evaluated.has(key)).toBe(true);
    }
  });

  it("passes every sample case's QuestionnaireResponse in both languages, none answering a disabled item", () => {
    for (const lang of LANGS) {
      const questionnaire = toQuestionnaire(lang, { base: BASE });
      for (const { file, case: sample } of samples) {
        const response = toQuestionnaireResponse(sample.facts, { lang, base: BASE });
        expect([file, validator.validate(response)]).toEqual([file, []]);
        expect(response.questionnaire?.startsWith(questionnaire.url ?? "?")).toBe(true);
        const given = new Map(answered(response.item));
        for (const linkId of given.keys()) {
          for (const notEqualWhenUnanswered of [true, false]) {
            expect([
              file,
              linkId,
              enabledInFhir(questionnaire, linkId, given, { notEqualWhenUnanswered }),
            ]).toEqual([file, linkId, true]);
          }
        }
      }
    }
  });

  it("passes the RiskAssessment of every sample case", () => {
    for (const { file, case: sample } of samples) {
      const risk = toRiskAssessment(assess(sample.facts, { today: TODAY }), {
        base: BASE,
        occurrence: "2026-11-25T10:00:00Z",
      });
      expect([file, validator.validate(risk)]).toEqual([file, []]);
    }
  });

  it("passes every CodeSystem and ValueSet", () => {
    expect(TERMINOLOGY_IDS.length).toBeGreaterThan(8);
    for (const id of TERMINOLOGY_IDS) {
      expect([id, validator.validate(toCodeSystem(id, BASE))]).toEqual([id, []]);
      expect([id, validator.validate(toValueSet(id, BASE))]).toEqual([id, []]);
      const expanded = expandValueSet(id, {
        base: BASE,
        lang: "es",
        filter: "a",
        timestamp: `${TODAY}T10:00:00Z`,
      });
      expect([id, validator.validate(expanded)]).toEqual([id, []]);
    }
  });

  it("passes the CapabilityStatement and an OperationOutcome", () => {
    valid(toCapabilityStatement(BASE));
    valid(toOperationOutcome([{ code: "required", diagnostics: "x", expression: "item[0]" }]));
  });

  it("passes a search result Bundle of each type, empty and full", () => {
    const resources = conformanceResources(BASE);
    for (const type of CONFORMANCE_TYPES) {
      const all = toSearchset(type, searchResources(resources[type], []), BASE);
      expect(all.total).toBe(resources[type].length);
      valid(all);
      valid(toSearchset(type, searchResources(resources[type], [["_summary", "count"]]), BASE));
      valid(
        toSearchset(type, searchResources(resources[type], [["url", "https://elsewhere.example/x"]]), BASE),
      );
    }
  });

  it("passes the doctor report's Bundle, with and without the anonymous patient", () => {
    const report = buildReport(demoDiary({ today: TODAY }), {
      today: TODAY,
      generatedAt: "2026-11-25T10:00:00.000Z",
    });
    valid(toFhirBundle(report, { base: BASE }));
    valid(toFhirBundle(report, { base: BASE, anonymousPatient: true }));
  });

  it("passes every step of an adaptive interview (SDC $next-question), in both languages", () => {
    for (const lang of LANGS) {
      for (const { file, case: sample } of samples.slice(0, 4)) {
        let response: QuestionnaireResponse = {
          resourceType: "QuestionnaireResponse",
          status: "in-progress",
          language: lang,
        };
        for (let step = 0; step < 12; step++) {
          response = nextQuestion(response, {
            base: BASE,
            today: TODAY,
            now: "2026-11-25T10:00:00Z",
          }) as QuestionnaireResponse;
          expect([file, step, validator.validate(response)]).toEqual([file, step, []]);
          if (response.status === "completed") break;
          response = answerLastGroup(response, sample.facts);
        }
        expect(response.status).toBe("completed");
        expect(runOracle(sample.facts).assessment.level).toBeDefined();
      }
    }
  }, 120_000);
});

/** Answers the newest group from the case's facts ("not sure" where the case is silent). */
function answerLastGroup(
  response: QuestionnaireResponse,
  facts: Record<string, unknown>,
): QuestionnaireResponse {
  const form = response.contained?.[0] as Questionnaire;
  const group = form.item?.at(-1);
  const items = (group?.item ?? [])
    .filter((item) => item.type !== "display")
    .flatMap((item): QuestionnaireResponseItem[] => {
      const value = facts[item.linkId];
      if (item.type === "integer")
        return typeof value === "number" ? [{ linkId: item.linkId, answer: [{ valueInteger: value }] }] : [];
      const codes =
        value === undefined ? ["asked-unknown"] : (Array.isArray(value) ? value : [value]).map(String);
      const answer = codes.map((code) => ({
        valueCoding: item.answerOption?.find((o) => o.valueCoding?.code === code)?.valueCoding,
      }));
      return [{ linkId: item.linkId, answer: answer as never }];
    });
  return { ...response, item: [...(response.item ?? []), { linkId: group?.linkId ?? "", item: items }] };
}
