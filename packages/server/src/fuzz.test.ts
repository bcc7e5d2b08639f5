import { FACT_IDS, SCREENS } from "@backtalk/engine";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIARY_SNAPSHOT, SNAPSHOT } from "./testing/fixtures.ts";
import { DATABASE_KINDS, openTestApp, skipKind, type TestApp } from "./testing/test-app.ts";

/** A value in JSON, weighted towards the shapes the endpoints expect so validation is reached, not just parsing. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
const factName = fc.oneof(fc.constantFrom(...FACT_IDS), fc.string({ maxLength: 12 }));
const factsLike = fc.dictionary(factName, fc.oneof(anyJson, fc.constant("dont_know")), { maxKeys: 8 });
const stepLike = fc.record(
  {
    screen: fc.oneof(fc.constantFrom(...SCREENS.map((screen) => screen.id)), anyJson),
    answers: fc.oneof(factsLike, anyJson),
  },
  { requiredKeys: [] },
);
const shaped = fc.oneof(
  fc.record({ facts: fc.oneof(factsLike, anyJson), id: anyJson, extra: anyJson }, { requiredKeys: [] }),
  fc.record(
    {
      state: fc.oneof(
        fc.record(
          {
            initial: fc.oneof(factsLike, anyJson),
            steps: fc.oneof(fc.array(stepLike, { maxLength: 6 }), anyJson),
          },
          { requiredKeys: [] },
        ),
        anyJson,
      ),
      answer: fc.oneof(stepLike, anyJson),
      back: anyJson,
    },
    { requiredKeys: [] },
  ),
  fc.record({
    snapshot: fc.oneof(
      anyJson,
      fc.record(
        {
          assessment: fc.oneof(anyJson, fc.constant(SNAPSHOT.assessment)),
          facts: fc.oneof(factsLike, anyJson),
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          kind: fc.constant("diary"),
          diary: fc.oneof(
            anyJson,
            fc.constant(DIARY_SNAPSHOT.diary),
            fc.array(anyJson, { maxLength: 3 }).map((checkIns) => ({ ...DIARY_SNAPSHOT.diary, checkIns })),
          ),
          today: fc.oneof(fc.constant("2026-03-02"), anyJson),
          lang: fc.oneof(fc.constantFrom("en", "es"), anyJson),
          createdAt: fc.oneof(fc.constant("2026-03-02T08:59:00.000Z"), anyJson),
        },
        { requiredKeys: ["kind"] },
      ),
    ),
    expiresInDays: fc.oneof(fc.integer({ min: -5, max: 40 }), anyJson),
  }),
  fc.record({ resourceType: fc.constantFrom("QuestionnaireResponse", "Patient"), item: anyJson }),
);
/** Raw bodies: JSON text of anything, broken text, random bytes, deep nesting. */
const body = fc.oneof(
  shaped.map((value) => JSON.stringify(value)),
  anyJson.map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }),
  fc.nat({ max: 5_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`),
  shaped.map((value) => JSON.stringify(value).slice(0, -1)),
);
const contentType = fc.oneof(
  { arbitrary: fc.constant("application/json"), weight: 6 },
  fc.constantFrom(
    "text/plain",
    "",
    "application/fhir+json; charset=utf-8",
    "application/x-www-form-urlencoded",
    "application/json; charset=latin1",
  ),
  fc.string({ maxLength: 30 }).filter((value) => /^[\x21-\x7e ]*$/.test(value)),
);
const token = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
);

// FUZZ_RUNS=5000 for a long local run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

describe.each(DATABASE_KINDS)("fuzzing every endpoint [%s]", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skipKind(kind)) t = await openTestApp(kind, { rateLimits: false });
  });
  afterAll(async () => t?.cleanup());

  async function expectHandled(response: Response, html = false): Promise<void> {
    const text = await response.text();
    expect(response.status, text).toBeLessThan(500);
    const type = response.headers.get("content-type") ?? "";
    const isHtml = type.startsWith("text/html");
    if (response.status >= 400)
      expect(type).toMatch(html ? /^(text\/html|application\/problem\+json)/ : /^application\/problem\+json/);
    if (response.status >= 400 && !isHtml) expect(JSON.parse(text).status).toBe(response.status);
  }

  it.skipIf(skipKind(kind)).each(["/api/assess", "/api/interview", "/api/shares"])(
    "POST %s never answers 500, and every error is problem+json",
    async (path) => {
      await fc.assert(
        fc.asyncProperty(body, contentType, async (payload, type) => {
          const response = await t.app.request(path, {
            method: "POST",
            headers: type ? { "content-type": type } : {},
            body: payload,
          });
          await expectHandled(response);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it.skipIf(skipKind(kind))(
    "GET and DELETE /api/shares/:token and GET /s/:token take any token",
    async () => {
      await fc.assert(
        fc.asyncProperty(token, fc.string({ maxLength: 80 }), async (raw, secret) => {
          const path = encodeURIComponent(raw);
          await expectHandled(await t.app.request(`/api/shares/${path}`));
          const headers = /^[\x20-\x7e]*$/.test(secret) ? { authorization: `Bearer ${secret}` } : undefined;
          await expectHandled(
            await t.app.request(`/api/shares/${path}`, { method: "DELETE", ...(headers ? { headers } : {}) }),
          );
          // A share page is for people: its errors are HTML pages (or a problem when no route matched at all).
          await expectHandled(await t.app.request(`/s/${path}`), true);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
