import { assess, runOracle, toQuestionnaireResponse } from "@backtalk/engine";
import { expectationFailures, loadSampleCases } from "@backtalk/engine/testing/cases";
import { negativeFacts } from "@backtalk/engine/testing/negative-facts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, json, openTestApp, postJson, skipKind, type TestApp } from "../testing/test-app.ts";

const SAMPLES = loadSampleCases();

describe.each(DATABASE_KINDS)("POST /api/assess and /api/interview [%s]", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skipKind(kind)) t = await openTestApp(kind, { rateLimits: false });
  });
  afterAll(async () => t?.cleanup());

  describe.skipIf(skipKind(kind))("assess", () => {
    it.each(SAMPLES.map((sample) => [sample.file, sample] as const))(
      "%s: the API gives the engine's result and meets the case's expectation",
      async (_file, { case: sample }) => {
        const response = await postJson(t.app, "/api/assess", sample);
        expect(response.status).toBe(200);
        const body = await json(response);
        expect(expectationFailures(body, sample.expected)).toEqual([]);
        const engine = assess(sample.facts, { today: "2026-03-02" });
        expect(body).toMatchObject(JSON.parse(JSON.stringify(engine)));
        expect(body.id).toBe(sample.id);
      },
    );

    it.each(SAMPLES.map((sample) => [sample.file, sample] as const))(
      "%s: a FHIR QuestionnaireResponse of the case gets the same assessment",
      async (_file, { case: sample }) => {
        const resource = { ...toQuestionnaireResponse(sample.facts), id: "qr-1" };
        const response = await postJson(t.app, "/api/assess", resource, {
          "content-type": "application/fhir+json",
        });
        expect(response.status).toBe(200);
        const body = await json(response);
        expect(body.id).toBe("qr-1");
        expect(body.level).toBe(assess(sample.facts).level);
        expect(body.rules).toEqual(JSON.parse(JSON.stringify(assess(sample.facts).rules)));
      },
    );

    it("names the bad item of a FHIR QuestionnaireResponse", async () => {
      const response = await postJson(t.app, "/api/assess", {
        resourceType: "QuestionnaireResponse",
        status: "completed",
        item: [{ linkId: "noSuchQuestion", answer: [{ valueBoolean: true }] }],
      });
      expect(response.status).toBe(422);
      const problem = await json(response);
      expect(problem.errors[0].pointer).toBe("/item/0/linkId");
      expect(problem.errors[0].detail).toContain("noSuchQuestion");
    });

    it("reads a response to the questionnaire named relative to this server, and answers in its language", async () => {
      const resource = {
        resourceType: "QuestionnaireResponse",
        status: "completed",
        language: "es-MX",
        questionnaire: "Questionnaire/backtalk-check-es",
        item: [{ linkId: "bladderChange", answer: [{ valueBoolean: true }] }],
      };
      const fhir = { "content-type": "application/fhir+json" };
      const spanish = await postJson(t.app, "/api/assess", resource, fhir);
      expect(spanish.status).toBe(200);
      expect(spanish.headers.get("content-language")).toBe("es");
      const body = await json(spanish);
      expect([body.level, body.lang]).toEqual(["emergency", "es"]);
      const risk = await json(
        postJson(t.app, "/api/assess", resource, { ...fhir, accept: "application/fhir+json" }),
      );
      expect(risk.language).toBe("es");
      // A language the request names wins over the response's own.
      const english = await json(
        postJson(t.app, "/api/assess", resource, { ...fhir, "accept-language": "en-GB" }),
      );
      expect(english.lang).toBe("en");
      expect((await json(postJson(t.app, "/api/assess?lang=en", resource, fhir))).lang).toBe("en");
    });

    it("answers in Spanish when asked, with the engine's own texts", async () => {
      const sample = SAMPLES[0]!.case;
      const es = await json(postJson(t.app, "/api/assess", sample, { "accept-language": "es-ES,en;q=0.5" }));
      const en = await json(postJson(t.app, "/api/assess", sample));
      expect(es.lang).toBe("es");
      expect(en.lang).toBe("en");
      expect(es.texts.headline.title).not.toBe(en.texts.headline.title);
      expect(es.level).toBe(en.level);
      // ?lang= names a language in any case, with or without a region, as Accept-Language does.
      for (const lang of ["ES", "es-MX", "es_419"]) {
        const asked = await postJson(t.app, `/api/assess?lang=${lang}`, sample);
        expect([lang, asked.headers.get("content-language"), (await json(asked)).lang]).toEqual([
          lang,
          "es",
          "es",
        ]);
        const step = await json(
          postJson(t.app, `/api/interview?lang=${lang}`, { text: "me duele la espalda" }),
        );
        expect([lang, step.lang, step.understood.lang]).toEqual([lang, "es", "es"]);
      }
      // A language we do not speak is an error naming the choices, never English texts in its place.
      for (const path of [
        "/api/assess?lang=fr",
        "/api/interview?lang=fr-CA",
        "/api/assess?country=FR&lang=xx",
      ]) {
        const refused = await postJson(
          t.app,
          path,
          path.includes("interview") ? { text: "j'ai mal" } : sample,
        );
        const problem = await json(refused);
        expect([path, refused.status, problem.errors]).toEqual([
          path,
          400,
          [
            {
              pointer: "/lang",
              path: "lang",
              code: "invalid_value",
              detail: "must be one of en, es (a region is fine, e.g. es-MX)",
            },
          ],
        ]);
      }
      // Spain's emergency number, from the Accept-Language region
      expect(es.texts.emergency.number).toBe("112");
      const gb = await json(postJson(t.app, "/api/assess?country=GB", sample));
      expect(gb.texts.headline.action).toContain("999");
      expect(gb.texts.reasons.map((reason: { id: string }) => reason.id)).toEqual(
        gb.rules.map((rule: { id: string }) => rule.id),
      );
    });

    it("keeps unknown facts unknown: an empty case is not self-care", async () => {
      const body = await json(postJson(t.app, "/api/assess", { facts: {} }));
      expect(body.level).toBeNull();
      expect(body.complete).toBe(false);
      expect(body.missing.length).toBeGreaterThan(0);
    });

    it("names each bad field with a JSON pointer and what is allowed", async () => {
      const response = await postJson(t.app, "/api/assess", {
        facts: { age: 200, legWeakness: "left", fever: "yes", madeUp: true },
        extra: 1,
      });
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const problem = await json(response);
      expect(problem).toMatchObject({ status: 422, type: "/api/docs#problem-invalid-input" });
      const byPointer = Object.fromEntries(problem.errors.map((e: { pointer: string }) => [e.pointer, e]));
      expect(byPointer["/facts/age"].detail).toMatch(/0 to 120/);
      expect(byPointer["/facts/legWeakness"].detail).toMatch(/"none", "one_leg", "both_legs"/);
      expect(byPointer["/facts/fever"].detail).toMatch(/true or false/);
      expect(byPointer["/facts/madeUp"].code).toBe("unknown_field");
      expect(byPointer["/extra"].path).toBe("extra");
    });

    it("requires the facts object", async () => {
      const problem = await json(postJson(t.app, "/api/assess", { id: "x" }));
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain("facts");
    });

    it("tells a client that sends facts at the top level to put them inside facts", async () => {
      const response = await postJson(t.app, "/api/assess", { age: 45, saddleNumbness: true, extra: 1 });
      expect(response.status).toBe(422);
      const byPath = Object.fromEntries(
        (await json(response)).errors.map((e: { path: string; detail: string }) => [e.path, e.detail]),
      );
      expect(byPath.facts).toBe("is required and must be a JSON object");
      expect(byPath.saddleNumbness).toMatch(/inside "facts"/);
      expect(byPath.age).toMatch(/\{"facts": \{"age": \.\.\.\}\}/);
      expect(byPath.extra).toBe('"extra" is not allowed here');
    });

    it("points a client that sends a person's words to /api/interview", async () => {
      const response = await postJson(t.app, "/api/assess", { text: "numb bum and I can't pee" });
      expect(response.status).toBe(422);
      const byPath = Object.fromEntries(
        (await json(response)).errors.map((e: { path: string; detail: string }) => [e.path, e.detail]),
      );
      expect(byPath.text).toMatch(/POST \/api\/interview/);
      expect(byPath.facts).toBe("is required and must be a JSON object");
    });
  });

  describe.skipIf(skipKind(kind))("interview", () => {
    it.each(SAMPLES.map((sample) => [sample.file, sample] as const))(
      "%s: stepping through the API reaches the same level as assess",
      async (_file, { case: sample }) => {
        let body = await json(postJson(t.app, "/api/interview", {}));
        let calls = 0;
        while (!body.done) {
          expect(++calls).toBeLessThan(20);
          const answers: Record<string, unknown> = {};
          // Answer every question shown; follow-ups (showWhen) are answered too when the truth has them.
          for (const question of body.screen.questions) {
            answers[question.fact] = sample.facts[question.fact as keyof typeof sample.facts] ?? "dont_know";
          }
          const response = await postJson(t.app, "/api/interview", {
            state: body.state,
            answer: { screen: body.screen.id, answers },
          });
          expect(response.status).toBe(200);
          body = await json(response);
        }
        expect(body.assessment.level).toBe(assess(sample.facts).level);
        expect(body.assessment.level).toBe(runOracle(sample.facts).assessment.level);
        expect(
          expectationFailures(body.assessment, sample.expected).filter((f) => f.startsWith("level")),
        ).toEqual([]);
        expect(body.texts.assessment.headline.title).toEqual(expect.any(String));
      },
    );

    it("goes back one screen", async () => {
      const first = await json(postJson(t.app, "/api/interview", {}));
      const answers = Object.fromEntries(
        first.screen.questions.map((q: { fact: string }) => [q.fact, false]),
      );
      const second = await json(
        postJson(t.app, "/api/interview", {
          state: first.state,
          answer: { screen: first.screen.id, answers },
        }),
      );
      expect(second.state.steps).toHaveLength(1);
      expect(second.screen.id).not.toBe(first.screen.id);
      const back = await json(postJson(t.app, "/api/interview", { state: second.state, back: true }));
      expect(back.state.steps).toHaveLength(0);
      expect(back.screen.id).toBe(first.screen.id);
      expect(back.texts.screen.title).toEqual(expect.any(String));
    });

    it("stops at once on an emergency sign", async () => {
      const body = await json(
        postJson(t.app, "/api/interview", {
          answer: { screen: "emergency_signs", answers: { bladderChange: true } },
        }),
      );
      expect(body.done).toBe(true);
      expect(body.assessment.level).toBe("emergency");
    });

    it("refuses text that is not a string or is too long, and an unknown mode, naming the field", async () => {
      const long = await postJson(t.app, "/api/interview", { text: "x".repeat(5000) });
      expect(long.status).toBe(422);
      expect((await json(long)).errors[0].pointer).toBe("/text");
      const mode = await postJson(t.app, "/api/interview", { state: { mode: "quick" } });
      expect(mode.status).toBe(422);
      expect((await json(mode)).errors[0].pointer).toBe("/state/mode");
    });

    it("rejects a bad answer deep in the replayed state, naming where it is", async () => {
      const response = await postJson(t.app, "/api/interview", {
        state: {
          initial: { age: -1 },
          steps: [{ screen: "emergency_signs", answers: { saddleNumbness: false } }],
        },
      });
      expect(response.status).toBe(422);
      expect((await json(response)).errors[0].pointer).toBe("/state/initial/age");

      const deep = await json(
        postJson(t.app, "/api/interview", {
          state: {
            steps: [
              { screen: "emergency_signs", answers: { saddleNumbness: false } },
              { screen: "legs", answers: { legWeakness: "sideways", fever: true } },
            ],
          },
        }),
      );
      const pointers = deep.errors.map((e: { pointer: string }) => e.pointer);
      expect(pointers).toContain("/state/steps/1/answers/fever");
      const unknownScreen = await json(
        postJson(t.app, "/api/interview", { answer: { screen: "nowhere", answers: {} } }),
      );
      expect(unknownScreen.errors[0]).toMatchObject({ pointer: "/answer/screen" });
      expect(unknownScreen.errors[0].detail).toContain("emergency_signs");
      const both = await postJson(t.app, "/api/interview", {
        back: true,
        answer: { screen: "legs", answers: {} },
      });
      expect(both.status).toBe(422);
    });
  });
});

describe.each(DATABASE_KINDS)("the person's date (%s)", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skipKind(kind)) t = await openTestApp(kind, { rateLimits: false });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  // The test clock reads 2026-03-02T09:00Z: still 1 March in Honolulu (UTC-10), 2 March in UTC and Tokyo.
  const recheck = async (query: string) =>
    // A complete case (a partial one has no check-in date: its plan waits for the open questions).
    (await json(postJson(t.app, `/api/assess${query}`, { facts: negativeFacts({ onsetDaysAgo: 30 }) }))).plan
      .recheckOn;

  it.skipIf(skipKind(kind))("counts the plan from the UTC date when the client says nothing", async () => {
    expect(await recheck("")).toBe("2026-03-09");
  });

  it.skipIf(skipKind(kind))("counts it from the date in the client's time zone", async () => {
    expect(await recheck("?tz=Pacific/Honolulu")).toBe("2026-03-08");
    expect(await recheck("?tz=Asia/Tokyo")).toBe("2026-03-09");
  });

  it.skipIf(skipKind(kind))(
    "counts it from the client's own date, which wins over the time zone",
    async () => {
      expect(await recheck("?today=2026-03-05&tz=Pacific/Honolulu")).toBe("2026-03-12");
    },
  );

  it.skipIf(skipKind(kind))("answers 400 naming a bad date or time zone", async () => {
    for (const [query, name] of [
      ["?today=5 March", "today"],
      ["?tz=Mars/Olympus_Mons", "tz"],
    ]) {
      const response = await postJson(t.app, `/api/assess${query}`, { facts: {} });
      expect(response.status).toBe(400);
      expect((await json(response)).errors[0].path).toBe(name);
    }
  });
});
