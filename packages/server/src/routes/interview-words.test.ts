import { assess, type Facts } from "@backtalk/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, json, openTestApp, postJson, skipKind, type TestApp } from "../testing/test-app.ts";
import { screenTexts } from "../texts.ts";

type Question = { fact: string; suggested?: unknown };
type Body = Awaited<ReturnType<typeof json>>;

const suggestedOn = (body: Body): Record<string, unknown> =>
  Object.fromEntries(
    (body.screen?.questions ?? [])
      .filter((q: Question) => q.suggested !== undefined)
      .map((q: Question) => [q.fact, q.suggested]),
  );

/** Answers every screen from `truth` ("dont_know" where silent), as a person confirming or changing each one. */
async function interview(app: TestApp["app"], first: Body, truth: Facts, query = ""): Promise<Body[]> {
  const bodies = [first];
  let body = first;
  while (!body.done && bodies.length < 8) {
    const answers = Object.fromEntries(
      body.screen.questions.map((q: Question) => [q.fact, truth[q.fact as keyof Facts] ?? "dont_know"]),
    );
    body = await json(
      postJson(app, `/api/interview${query}`, {
        state: body.state,
        answer: { screen: body.screen.id, answers },
      }),
    );
    bodies.push(body);
  }
  return bodies;
}

describe.each(DATABASE_KINDS)("POST /api/interview with the person's own words [%s]", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skipKind(kind)) t = await openTestApp(kind, { rateLimits: false });
  });
  afterAll(async () => t?.cleanup());

  describe.skipIf(skipKind(kind))("words are suggestions", () => {
    it("settles nothing from the words: 'no' answers, numbers and time words are pre-filled to confirm", async () => {
      const text =
        "I'm 34, threw my back out lifting a couch 2 days ago. Lower back. No leg pain, no numbness, no fever.";
      const first = await json(postJson(t.app, "/api/interview", { text }));
      expect(first.understood.facts).toMatchObject({ age: 34, onsetTrigger: "strain", fever: false });
      expect(first.state.mode).toBe("follow_up");
      expect(first.state.initial).toEqual({ region: ["lower_back"] });
      expect(first.state.suggested).toMatchObject({ age: 34, fever: false, legPain: "none" });
      expect(first.screen.id).toBe("follow_up_emergency");
      expect(suggestedOn(first)).toMatchObject({ age: 34, fever: false, legPain: "none" });
      expect(first.screen.questions.map((q: Question) => q.fact)).toContain("bladderChange");
      expect(first.texts.screen.title).toEqual(expect.any(String));
    });

    it("brings an emergency sign's advice forward at once, and ends at the level the person confirms", async () => {
      const first = await json(
        postJson(t.app, "/api/interview", {
          text: "Since this morning I can't feel when my bladder is full.",
        }),
      );
      expect(first.understood.warningSigns).toContain("bladderChange");
      expect(first.state.initial.bladderChange).toBeUndefined();
      expect(first.done).toBe(false);
      expect(first.assessment.level).toBeNull();
      expect(first.broughtForward.level).toBe("emergency");
      expect(first.texts.broughtForward.headline.action).toEqual(expect.any(String));
      expect(suggestedOn(first)).toMatchObject({ bladderChange: true });
      const denied = await json(
        postJson(t.app, "/api/interview", {
          state: first.state,
          answer: { screen: "follow_up_emergency", answers: { bladderChange: false } },
        }),
      );
      expect(denied.broughtForward).toBeUndefined();
    });

    it("a description read as 'no' still ends at the true level (the person changes the pre-filled answer)", async () => {
      const truth: Facts = { bladderChange: true };
      const first = await json(
        postJson(t.app, "/api/interview", { text: "Orino bien, aunque no siento cuando tengo ganas" }),
      );
      const bodies = await interview(t.app, first, truth);
      expect(bodies.at(-1)?.assessment.level).toBe(assess(truth).level);
      expect(bodies.at(-1)?.assessment.level).toBe("emergency");
    });

    it("reads Spanish text without lang in Spanish, and answers in Spanish unless the client asks otherwise", async () => {
      const text = "Me duele la espalda baja desde hace dos días y tengo fiebre";
      const response = await postJson(t.app, "/api/interview", { text });
      const first = await json(response);
      expect(first.understood.lang).toBe("es");
      expect(first.understood.facts).toMatchObject({ fever: true, onsetDaysAgo: 2 });
      expect(suggestedOn(first)).toMatchObject({ fever: true });
      expect(first.lang).toBe("es");
      expect(response.headers.get("content-language")).toBe("es");
      expect(first.texts.screen.title).toBe(screenTexts(first.screen, "es").title);
      // A language the client names, by header or query, wins over the text's own.
      for (const [path, headers] of [
        ["/api/interview", { "accept-language": "en-GB,en;q=0.9" }],
        ["/api/interview?lang=en", {}],
      ] as const) {
        const asked = await json(postJson(t.app, path, { text }, headers));
        expect(asked.lang).toBe("en");
        expect(asked.texts.screen.title).toBe(screenTexts(asked.screen, "en").title);
      }
      // A header naming only languages we don't speak leaves the choice to the text.
      const other = await json(postJson(t.app, "/api/interview", { text }, { "accept-language": "de-DE" }));
      expect(other.lang).toBe("es");
    });

    it("reads the text in the language the query names", async () => {
      const named = await json(postJson(t.app, "/api/interview?lang=es", { text: "fiebre" }));
      expect(named.understood.lang).toBe("es");
      expect(named.understood.facts.fever).toBe(true);
    });

    it("pre-fills nothing from mixed or unknown text and asks everything", async () => {
      for (const text of [
        "me duele la espalda since yesterday and the pain es muy fuerte in my leg",
        "xyzzy 42",
      ]) {
        const first = await json(postJson(t.app, "/api/interview", { text }));
        expect(first.understood).toBeUndefined();
        expect(first.state.mode).toBe("follow_up");
        expect(first.state.suggested).toBeUndefined();
        expect(suggestedOn(first)).toEqual({});
        expect(first.screen.questions.map((q: Question) => q.fact)).toEqual(
          expect.arrayContaining(["saddleNumbness", "bladderChange", "fever", "age", "legWeakness"]),
        );
      }
    });

    it("keeps the suggestions in the state, so later calls without the text still pre-fill them", async () => {
      const first = await json(postJson(t.app, "/api/interview", { text: "no fever, I have had cancer" }));
      const next = await json(
        postJson(t.app, "/api/interview", {
          state: first.state,
          answer: { screen: "follow_up_emergency", answers: { bladderChange: false } },
        }),
      );
      expect(next.state.suggested).toEqual(first.state.suggested);
      const refused = await postJson(t.app, "/api/interview", { state: { suggested: { fever: "yes" } } });
      expect(refused.status).toBe(422);
      expect((await json(refused)).errors[0].pointer).toBe("/state/suggested/fever");
    });
  });
});
