import { loadSampleCases } from "@backtalk/engine/testing/cases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { DIARY_SNAPSHOT, SNAPSHOT } from "../testing/fixtures.ts";
import { json, openTestApp, postJson, type TestApp } from "../testing/test-app.ts";
import { assessBatchResultSchema, assessResultSchema } from "./assessment.ts";
import { knowledgeSchema, problemSchema, questionnaireSchema } from "./documents.ts";
import { interviewResponseSchema } from "./interview.ts";
import { shareCreatedSchema, shareSchema } from "./shares.ts";

/** The response's issues against its documented schema, as readable lines (empty when it conforms). */
function issues(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.code} ${issue.message}`);
}

const cases = loadSampleCases().map((sample) => sample.case);

describe("every response matches the schema the OpenAPI document gives for it", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite", { rateLimits: false });
  });
  afterAll(async () => t.cleanup());

  it.each(["en", "es"])(
    "POST /api/assess for every sample case, one by one and as a batch [%s]",
    async (lang) => {
      for (const each of cases) {
        const body = await json(postJson(t.app, `/api/assess?lang=${lang}`, each));
        expect(issues(assessResultSchema, body), each.id).toEqual([]);
      }
      const batch = await json(postJson(t.app, `/api/assess?lang=${lang}`, cases));
      expect(issues(assessBatchResultSchema, batch)).toEqual([]);
    },
  );

  it("POST /api/interview from the first screen to the result, and from the person's own words", async () => {
    let body = await json(postJson(t.app, "/api/interview", {}));
    let steps = 0;
    while (!body.done && steps < 40) {
      expect(issues(interviewResponseSchema, body)).toEqual([]);
      const answers = Object.fromEntries(
        body.screen.questions.map((question: { fact: string }) => [question.fact, "dont_know"]),
      );
      body = await json(
        postJson(t.app, "/api/interview", { state: body.state, answer: { screen: body.screen.id, answers } }),
      );
      steps++;
    }
    expect(body.done).toBe(true);
    expect(issues(interviewResponseSchema, body)).toEqual([]);
    const words = await json(
      postJson(t.app, "/api/interview", { text: "I'm 34, hurt my back lifting 2 days ago, no fever" }),
    );
    expect(words.screen.id).toBe("follow_up_emergency");
    expect(issues(interviewResponseSchema, words)).toEqual([]);
  });

  it("shares, documents and problems", async () => {
    for (const snapshot of [SNAPSHOT, DIARY_SNAPSHOT]) {
      const created = await json(postJson(t.app, "/api/shares", { snapshot }));
      expect(issues(shareCreatedSchema, created)).toEqual([]);
      expect(issues(shareSchema, await json(t.app.request(`/api/shares/${created.token}`)))).toEqual([]);
    }
    expect(issues(knowledgeSchema, await json(t.app.request("/api/rules")))).toEqual([]);
    expect(issues(questionnaireSchema, await json(t.app.request("/api/questionnaire")))).toEqual([]);
    for (const response of [
      postJson(t.app, "/api/assess", { facts: { age: -1 } }),
      t.app.request("/api/nothing"),
      t.app.request("/api/assess"),
      postJson(t.app, "/api/shares", "{"),
    ]) {
      expect(issues(problemSchema, await json(response))).toEqual([]);
    }
  });

  it("an empty object does not pass for any of them: the documented fields are required", () => {
    for (const schema of [
      assessResultSchema,
      interviewResponseSchema,
      shareCreatedSchema,
      shareSchema,
      problemSchema,
      knowledgeSchema,
      questionnaireSchema,
    ]) {
      expect(issues(schema, {}).length).toBeGreaterThan(0);
    }
  });
});
