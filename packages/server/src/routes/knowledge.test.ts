import { KNOWLEDGE_VERSION, RULES, SOURCES, toQuestionnaire } from "@backtalk/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp } from "../testing/test-app.ts";

describe("knowledge and docs", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
  });
  afterAll(async () => t.cleanup());

  it("GET /api/rules lists every rule with its condition, level, causes and sources", async () => {
    const body = await json(t.app.request("/api/rules"));
    expect(body.knowledgeVersion).toBe(KNOWLEDGE_VERSION);
    expect(body.rules.map((rule: { id: string }) => rule.id)).toEqual([
      ...RULES.map((rule) => rule.id),
      "SC",
    ]);
    expect(body.rules[0]).toMatchObject({ id: "E1", level: "emergency", when: { any: expect.any(Array) } });
    expect(Object.keys(body.sources)).toEqual(Object.keys(SOURCES));
    for (const rule of body.rules) {
      for (const source of rule.sources) expect(body.sources).toHaveProperty(source);
    }
  });

  it("GET /api/questionnaire is the engine's FHIR R4 Questionnaire, in the asked language", async () => {
    const response = await t.app.request("/api/questionnaire");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    const en = await json(response);
    expect(en).toEqual(
      JSON.parse(JSON.stringify(toQuestionnaire("en", { base: "http://localhost:3000/fhir" }))),
    );
    expect(en.resourceType).toBe("Questionnaire");
    const es = await json(t.app.request("/api/questionnaire", { headers: { "accept-language": "es" } }));
    expect(es).toEqual(
      JSON.parse(JSON.stringify(toQuestionnaire("es", { base: "http://localhost:3000/fhir" }))),
    );
    expect(JSON.stringify(es)).not.toBe(JSON.stringify(en));
  });

  it("serves OpenAPI 3.1 naming every route, and an HTML page without third-party assets", async () => {
    const spec = await json(t.app.request("/api/openapi.json"));
    expect(spec.openapi).toBe("3.1.0");
    for (const path of [
      "/api/assess",
      "/api/interview",
      "/api/rules",
      "/api/shares",
      "/api/shares/{token}",
      "/healthz",
      "/fhir/metadata",
      "/fhir/Questionnaire/$next-question",
      "/fhir/CodeSystem/{id}",
    ]) {
      expect(spec.paths).toHaveProperty([path]);
    }
    const page = await (await t.app.request("/api/docs")).text();
    expect(page).toContain("/api/openapi.json");
    expect(page).toContain('id="problem-invalid-input"');
    expect(page).not.toMatch(/https?:\/\//);
    expect((await t.app.request("/_backtalk/server.css")).headers.get("content-type")).toMatch(/^text\/css/);
  });
});
