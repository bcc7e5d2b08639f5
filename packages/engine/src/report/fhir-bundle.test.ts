import type { Observation, RiskAssessment } from "fhir/r4.js";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_URL } from "../fhir/fhir-answer.ts";
import { factsFromQuestionnaireResponse } from "../fhir/questionnaire-response.ts";
import { KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import { demoDiary } from "./demo-diary.ts";
import { KNOWLEDGE_VERSION_SYSTEM, TRIAGE_LEVEL_EXTENSION, toFhirBundle } from "./fhir-bundle.ts";
import { buildReport } from "./report.ts";

const TODAY = "2026-11-25";
const report = buildReport(demoDiary({ today: TODAY }), {
  today: TODAY,
  generatedAt: "2026-11-25T10:00:00.000Z",
});

/** Every `reference` string anywhere in a resource. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "reference" && typeof child === "string" ? [child] : references(child),
  );
}

describe("toFhirBundle", () => {
  const bundle = toFhirBundle(report);
  const resources = (bundle.entry ?? []).map((entry) => entry.resource!);

  it("is an R4 collection of one QuestionnaireResponse, an Observation per pain score and a RiskAssessment", () => {
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("collection");
    expect(bundle.timestamp).toBe(report.generatedAt);
    const counts: Record<string, number> = {};
    for (const resource of resources)
      counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
    expect(counts).toEqual({
      QuestionnaireResponse: 1,
      Observation: report.painSeries.length,
      RiskAssessment: 1,
    });
  });

  it("names no one by default: no Patient, and no subject that points anywhere", () => {
    expect(resources.some((resource) => resource.resourceType === "Patient")).toBe(false);
    const risk = resources.find((resource) => resource.resourceType === "RiskAssessment") as RiskAssessment;
    expect(risk.subject).toEqual({ display: "Anonymous (not identified)" });
    expect(JSON.stringify(bundle)).not.toMatch(/"(name|identifier|birthDate|telecom|address)"/);
  });

  it("codes pain scores (worst in 24 hours) with BackTalk's fact code, never LOINC 72514-3 (pain now)", () => {
    const observations = resources.filter(
      (resource) => resource.resourceType === "Observation",
    ) as Observation[];
    for (const observation of observations) {
      expect(observation.code.coding?.[0]).toMatchObject({
        system: "https://backtalk.example/fhir/CodeSystem/fact",
        code: "painScore",
      });
      expect(Number.isInteger(observation.valueInteger)).toBe(true);
      expect(observation.effectiveDateTime).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(observation.bodySite?.text).toBe("Lower back");
    }
    expect(JSON.stringify(bundle)).not.toContain("72514-3");
    expect(observations.map((o) => o.valueInteger)).toEqual(
      report.painSeries.map((point) => point.painScore),
    );
  });

  it("resolves every reference inside the Bundle, with urn:uuid full URLs", () => {
    const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    expect(
      [...fullUrls].every((url) =>
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url!),
      ),
    ).toBe(true);
    expect(fullUrls.size).toBe(resources.length);
    const refs = references(resources);
    expect(refs.length).toBeGreaterThan(report.painSeries.length);
    for (const ref of refs) expect(fullUrls.has(ref)).toBe(true);
    const withPatient = toFhirBundle(report, { anonymousPatient: true });
    const patientUrls = new Set((withPatient.entry ?? []).map((entry) => entry.fullUrl));
    const patient = withPatient.entry?.find((entry) => entry.resource?.resourceType === "Patient");
    expect(patient?.resource).toEqual({
      resourceType: "Patient",
      active: true,
      id: expect.any(String),
      meta: expect.anything(),
    });
    for (const ref of references(withPatient.entry)) expect(patientUrls.has(ref)).toBe(true);
    expect(references(withPatient.entry)).toContain(patient?.fullUrl);
  });

  it("stamps the knowledge version on every resource and the level and rules on the RiskAssessment", () => {
    for (const resource of [bundle, ...resources]) {
      expect(resource.meta?.tag).toContainEqual(
        expect.objectContaining({ system: KNOWLEDGE_VERSION_SYSTEM, code: KNOWLEDGE_VERSION }),
      );
    }
    const risk = resources.find((resource) => resource.resourceType === "RiskAssessment") as RiskAssessment;
    expect(risk.extension).toEqual([{ url: TRIAGE_LEVEL_EXTENSION, valueCode: "soon" }]);
    expect(risk.method?.coding?.map((coding) => coding.code)).toEqual(["S1", "S3"]);
    expect(risk.prediction?.map((p) => p.outcome?.coding?.[0]?.code)).toEqual(["degenerative_disc_disease"]);
    expect(risk.note?.[0]?.text).toMatch(/S1 \(soon\)/);
    expect(risk.basis?.[0]?.type).toBe("QuestionnaireResponse");
    expect(bundle.meta?.security).toEqual([expect.objectContaining({ code: "HTEST" })]);
  });

  it("carries the facts as a QuestionnaireResponse that reads back to the same facts", () => {
    const response = resources.find((resource) => resource.resourceType === "QuestionnaireResponse")!;
    expect((response as { questionnaire?: string }).questionnaire?.startsWith(QUESTIONNAIRE_URL)).toBe(true);
    const expected = Object.fromEntries(report.answers.map((answer) => [answer.fact, answer.value]));
    expect(factsFromQuestionnaireResponse(response)).toEqual(expected);
  });

  it("is stable: the same report gives the same ids; an injected generator is used", () => {
    expect(toFhirBundle(report)).toEqual(bundle);
    let n = 0;
    const counted = toFhirBundle(report, { idFor: () => `id-${++n}` });
    expect(counted.entry?.[0]?.fullUrl).toBe("urn:uuid:id-1");
    expect(
      toFhirBundle(demoDiary({ today: TODAY }), {
        report: { today: TODAY, generatedAt: report.generatedAt },
      }),
    ).toEqual(bundle);
  });
});
