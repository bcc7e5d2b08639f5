import { FACT_KINDS, type Facts, LEVELS, messagesFor, runOracle, TERMINOLOGY_IDS } from "@backtalk/engine";
import { loadSampleCases } from "@backtalk/engine/testing/cases";
import { FhirValidator } from "@backtalk/engine/testing/fhir-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, postJson, type TestApp } from "../testing/test-app.ts";

const PUBLIC = "https://clinic.example/backtalk";
const BASE = `${PUBLIC}/fhir`;
const FHIR = { "content-type": "application/fhir+json", accept: "application/fhir+json" };
const EMERGENCY_SIGNS = [
  "saddleNumbness",
  "bladderChange",
  "bowelIncontinence",
  "sexualDysfunction",
  "chestSymptoms",
];

// biome-ignore lint/suspicious/noExplicitAny: the client reads FHIR JSON as a plain client would.
type Json = any;

/**
 * An SDC forms client written from the FHIR spec, not from BackTalk's code: it reads the contained
 * Questionnaire, evaluates enableWhen itself (=, !=, exists, <, >, >=, <= on codings and integers), and answers
 * only the enabled questions it was sent that are not answered yet: from the person's facts, or "not sure"
 * (asked-unknown, or an empty number) where they are silent.
 */
function answerNewItems(response: Json, truth: Facts): Json {
  const form = response.contained.find((resource: Json) => resource.resourceType === "Questionnaire");
  const items: Json[] = structuredClone(response.item ?? []);
  const given = new Map<string, Json[]>();
  const collect = (list: Json[]) => {
    for (const item of list) {
      if (item.answer) given.set(item.linkId, item.answer);
      collect(item.item ?? []);
    }
  };
  collect(items);
  const same = (a: Json, test: Json) => {
    if (test.answerCoding) return a.valueCoding?.code === test.answerCoding.code;
    return a.valueInteger === test.answerInteger;
  };
  const holds = (test: Json): boolean => {
    const answers = given.get(test.question) ?? [];
    switch (test.operator) {
      case "exists":
        return answers.length > 0 === test.answerBoolean;
      case "=":
        return answers.some((a) => same(a, test));
      case "!=":
        return answers.length > 0 && answers.every((a) => !same(a, test));
      case "<":
        return answers.some((a) => a.valueInteger < test.answerInteger);
      case ">":
        return answers.some((a) => a.valueInteger > test.answerInteger);
      case ">=":
        return answers.some((a) => a.valueInteger >= test.answerInteger);
      case "<=":
        return answers.some((a) => a.valueInteger <= test.answerInteger);
      default:
        throw new Error(`operator ${test.operator}`);
    }
  };
  const enabled = (item: Json) =>
    !item.enableWhen ||
    (item.enableBehavior === "any" ? item.enableWhen.some(holds) : item.enableWhen.every(holds));
  for (const group of form.item) {
    if (group.type !== "group" || !enabled(group)) continue;
    let answerGroup = items.find((item) => item.linkId === group.linkId);
    for (const question of group.item) {
      if (question.type === "display" || given.has(question.linkId) || !enabled(question)) continue;
      const value = (truth as Record<string, unknown>)[question.linkId];
      let answer: Json[];
      if (question.type === "integer") {
        if (value === undefined) continue;
        answer = [{ valueInteger: value }];
      } else {
        const codes =
          value === undefined ? ["asked-unknown"] : (Array.isArray(value) ? value : [value]).map(String);
        answer = codes.map((code) => ({
          valueCoding: question.answerOption.find((option: Json) => option.valueCoding.code === code)
            .valueCoding,
        }));
      }
      if (!answerGroup) {
        answerGroup = { linkId: group.linkId, item: [] };
        items.push(answerGroup);
      }
      answerGroup.item.push({ linkId: question.linkId, answer });
      given.set(question.linkId, answer);
    }
  }
  return { ...response, item: items };
}

describe("FHIR endpoint", () => {
  let t: TestApp;
  let validator: FhirValidator;
  beforeAll(async () => {
    t = await openTestApp("sqlite", { publicBaseUrl: PUBLIC, rateLimits: false });
    validator = new FhirValidator();
  }, 180_000);
  afterAll(async () => t.cleanup());

  const step = async (body: Json) => {
    const response = await postJson(t.app, "/fhir/Questionnaire/$next-question", body, FHIR);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    return { status: response.status, body: (await response.json()) as Json };
  };

  it.each(loadSampleCases().map(({ file, case: sample }) => [file, sample.facts] as const))(
    "%s: a whole interview through $next-question reaches the engine's level; every step is valid R4",
    async (_file, facts) => {
      let response: Json = { resourceType: "QuestionnaireResponse", status: "in-progress" };
      let steps = 0;
      for (; steps < 15; steps++) {
        const next = await step(response);
        expect(next.status).toBe(200);
        expect(validator.validate(next.body)).toEqual([]);
        response = next.body;
        if (response.status === "completed") break;
        expect(response.status).toBe("in-progress");
        const saidYes = EMERGENCY_SIGNS.some((sign) => (facts as Record<string, unknown>)[sign] === true);
        response = answerNewItems(response, facts);
        // An emergency sign ends the interview at the very next step.
        if (saidYes && JSON.stringify(response.item).includes('"code":"true"')) {
          const last = await step(response);
          expect(last.body.status).toBe("completed");
          response = last.body;
          break;
        }
      }
      expect(response.status).toBe("completed");
      const expected = runOracle(facts).assessment;
      const levelItem = response.item.find((item: Json) => item.linkId === "level");
      expect(levelItem?.answer?.[0]?.valueCoding).toMatchObject({
        system: `${BASE}/CodeSystem/level`,
        code: expected.level,
      });
      const risk = response.contained.find((resource: Json) => resource.resourceType === "RiskAssessment");
      expect(risk.extension[0].valueCoding.code).toBe(expected.level);
      expect(risk.reasonCode.map((reason: Json) => reason.coding[0].code)).toEqual(
        expected.rules.map((rule) => rule.id),
      );
      expect(response.extension[0].valueReference.reference).toBe(`#${risk.id}`);
    },
    60_000,
  );

  it("ends with a level when the person answers every question 'not sure' (resolved to at most urgent)", async () => {
    let response: Json = (await step({ resourceType: "QuestionnaireResponse", status: "in-progress" })).body;
    for (let steps = 0; steps < 20 && response.status !== "completed"; steps++) {
      response = (await step(answerNewItems(response, {}))).body;
    }
    expect(response.status).toBe("completed");
    expect(response.contained[0].item.at(-1).linkId).toBe("level");
    expect(response.item.at(-1).answer[0].valueCoding.code).toBe("urgent");
  });

  it("stops at once after an emergency sign, with the level and the reason", async () => {
    const first = await step({ resourceType: "QuestionnaireResponse", status: "in-progress" });
    const group = first.body.contained[0].item[0];
    expect(group.linkId).toBe("group.emergency_signs");
    const answered = answerNewItems(first.body, { bladderChange: true, saddleNumbness: false });
    const done = await step(answered);
    expect(done.body.status).toBe("completed");
    expect(done.body.contained[0].item.map((item: Json) => item.linkId)).toEqual([
      "group.emergency_signs",
      "level",
    ]);
    expect(done.body.item.at(-1).answer[0].valueCoding.code).toBe("emergency");
  });

  it("accepts and returns Parameters (in / return), and speaks Spanish when the form is Spanish", async () => {
    const { body } = await step({
      resourceType: "Parameters",
      parameter: [
        {
          name: "in",
          resource: { resourceType: "QuestionnaireResponse", status: "in-progress", language: "es" },
        },
      ],
    });
    expect(body.resourceType).toBe("Parameters");
    expect(body.parameter[0].name).toBe("return");
    const form = body.parameter[0].resource.contained[0];
    expect(form.language).toBe("es");
    expect(form.item[0].item[1].answerOption.at(-1).valueCoding).toMatchObject({
      code: "asked-unknown",
      display: messagesFor("es").answers.dontKnow,
    });
  });

  it.each([
    ["questionnaire-response", "questionnaire-response"],
    ["a single unnamed QuestionnaireResponse part", "response"],
  ])("reads Parameters whose input part is %s", async (_, name) => {
    const { status, body } = await step({
      resourceType: "Parameters",
      parameter: [{ name, resource: { resourceType: "QuestionnaireResponse", status: "in-progress" } }],
    });
    expect(status).toBe(200);
    expect(body.parameter[0].name).toBe("return");
    expect(body.parameter[0].resource.contained[0].item.length).toBeGreaterThan(0);
  });

  it("names the input part it needs when Parameters hold no QuestionnaireResponse", async () => {
    const { status, body } = await step({
      resourceType: "Parameters",
      parameter: [{ name: "questionnaire", valueString: "x" }],
    });
    expect(status).toBe(422);
    expect(body.issue[0].diagnostics).toContain('"questionnaire-response"');
  });

  it("asks again from an earlier answer that changed, dropping the questions that no longer follow", async () => {
    let response: Json = (await step({ resourceType: "QuestionnaireResponse", status: "in-progress" })).body;
    response = answerNewItems(response, {});
    response = (await step(response)).body;
    const asked = response.contained[0].item.length;
    expect(asked).toBe(2);
    // Now change the first screen: a "yes" to an emergency sign ends it there.
    response.item[0].item[0].answer = [
      { valueCoding: response.contained[0].item[0].item[1].answerOption[0].valueCoding },
    ];
    const changed = (await step(response)).body;
    expect(changed.status).toBe("completed");
    expect(changed.contained[0].item.map((item: Json) => item.linkId)).toEqual([
      "group.emergency_signs",
      "level",
    ]);
  });

  it("names an unanswered required question and a wrong answer, as an OperationOutcome", async () => {
    const first = (await step({ resourceType: "QuestionnaireResponse" })).body;
    const missing = await step({ ...first, item: [{ linkId: "group.emergency_signs", item: [] }] });
    expect(missing.status).toBe(422);
    expect(missing.body.resourceType).toBe("OperationOutcome");
    expect(missing.body.issue[0]).toMatchObject({ severity: "error", code: "required" });
    expect(missing.body.issue[0].expression[0]).toContain("saddleNumbness");
    expect(validator.validate(missing.body)).toEqual([]);
    const wrong = await step({
      ...answerNewItems(first, {}),
      item: [
        {
          linkId: "group.emergency_signs",
          item: [{ linkId: "saddleNumbness", answer: [{ valueString: "yes" }] }],
        },
      ],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.issue.map((issue: Json) => issue.diagnostics).join(" ")).toMatch(/saddleNumbness/);
    const notFhir = await step({ resourceType: "Patient" });
    expect(notFhir.status).toBe(422);
    const broken = await t.app.request("/fhir/Questionnaire/$next-question", {
      method: "POST",
      headers: FHIR,
      body: "{",
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as Json).resourceType).toBe("OperationOutcome");
  });

  it("refuses, naming them, answers the contained Questionnaire never asked and a status FHIR does not define", async () => {
    // A warning sign answered without the form of the last step must not vanish without a word.
    const bare = await step({
      resourceType: "QuestionnaireResponse",
      status: "in-progress",
      item: [
        {
          linkId: "group.emergency_signs",
          item: [{ linkId: "bladderChange", answer: [{ valueBoolean: true }] }],
        },
      ],
    });
    expect(bare.status).toBe(422);
    expect(validator.validate(bare.body)).toEqual([]);
    expect(bare.body.issue[0].expression).toEqual(["item[0].item[0].linkId"]);
    expect(bare.body.issue[0].diagnostics).toContain('"bladderChange" was not asked');
    expect(bare.body.issue[0].diagnostics).toContain("/api/assess");
    const first = (await step({ resourceType: "QuestionnaireResponse", status: "in-progress" })).body;
    const stranger = await step({
      ...answerNewItems(first, {}),
      item: [
        ...answerNewItems(first, {}).item,
        { linkId: "favouriteColour", answer: [{ valueString: "blue" }] },
      ],
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.issue.map((issue: Json) => issue.diagnostics).join(" ")).toContain(
      '"favouriteColour" is not an item of the contained Questionnaire',
    );
    // An item sent back without answers is only an unanswered item.
    const empty = await step({ ...first, item: [...answerNewItems(first, {}).item, { linkId: "other" }] });
    expect(empty.status).toBe(200);
    const bogus = await step({ resourceType: "QuestionnaireResponse", status: "bogus" });
    expect(bogus.status).toBe(422);
    expect(bogus.body.issue[0].expression).toEqual(["status"]);
    expect(bogus.body.issue[0].diagnostics).toContain('"in-progress"');
  });

  it("speaks the language a response names with a region or in capitals, and says so in Content-Language", async () => {
    for (const language of ["es-MX", "ES", "es-419"]) {
      const response = await postJson(
        t.app,
        "/fhir/Questionnaire/$next-question",
        { resourceType: "QuestionnaireResponse", status: "in-progress", language },
        FHIR,
      );
      expect(response.headers.get("content-language")).toBe("es");
      expect(((await response.json()) as Json).language).toBe("es");
    }
    const negotiated = await postJson(
      t.app,
      "/fhir/Questionnaire/$next-question",
      { resourceType: "QuestionnaireResponse", status: "in-progress" },
      { ...FHIR, "accept-language": "es-MX,es;q=0.9" },
    );
    expect(negotiated.headers.get("content-language")).toBe("es");
    expect(negotiated.headers.get("vary")).toContain("Accept-Language");
    const risk = await postJson(
      t.app,
      "/api/assess?lang=ES",
      { facts: { bladderChange: true } },
      { accept: "application/fhir+json" },
    );
    expect(risk.headers.get("content-language")).toBe("es");
    expect(risk.headers.get("vary")).toMatch(/Accept\b.*Accept-Language|Accept-Language.*Accept\b/);
    expect(((await risk.json()) as Json).language).toBe("es");
  });

  it("answers a known address asked with another method with 405, Allow and an OperationOutcome", async () => {
    const cases: [string, string, string][] = [
      ["PUT", "/fhir/metadata", "GET, HEAD"],
      ["POST", "/fhir/Questionnaire", "GET, HEAD"],
      ["DELETE", "/fhir/Questionnaire/backtalk-check-en", "GET, HEAD"],
      ["GET", "/fhir/Questionnaire/$next-question", "POST"],
      ["PUT", "/fhir/ValueSet/$expand", "GET, HEAD, POST"],
      ["POST", "/fhir/ValueSet/level/$expand", "GET, HEAD"],
    ];
    for (const [method, path, allow] of cases) {
      const response = await t.app.request(path, {
        method,
        headers: FHIR,
        body: method === "GET" ? null : "{}",
      });
      expect([method, path, response.status]).toEqual([method, path, 405]);
      expect(response.headers.get("allow")).toBe(allow);
      const outcome = (await response.json()) as Json;
      expect(outcome.resourceType).toBe("OperationOutcome");
      expect(validator.validate(outcome)).toEqual([]);
    }
    const unknownOperation = await t.app.request("/fhir/ValueSet/$validate-code?url=x&code=y");
    expect(unknownOperation.status).toBe(404);
    expect(((await unknownOperation.json()) as Json).issue[0].diagnostics).toContain(
      "no $validate-code operation",
    );
  });

  it("reads an operation name whose $ was URL-encoded (%24), as clients that encode path segments send it", async () => {
    const next = await postJson(
      t.app,
      "/fhir/Questionnaire/%24next-question",
      { resourceType: "QuestionnaireResponse", status: "in-progress" },
      FHIR,
    );
    expect(next.status).toBe(200);
    expect(((await next.json()) as Json).resourceType).toBe("QuestionnaireResponse");
    const expanded = await t.app.request(
      `/fhir/ValueSet/%24expand?url=${encodeURIComponent(`${BASE}/ValueSet/level`)}`,
    );
    expect(expanded.status).toBe(200);
    expect(((await expanded.json()) as Json).expansion.contains).toHaveLength(4);
  });

  it("lets clients revalidate conformance resources with their ETag (304 without a body)", async () => {
    for (const path of ["/fhir/metadata", "/fhir/Questionnaire/backtalk-check-es", "/fhir/ValueSet/level"]) {
      const first = await t.app.request(path);
      const etag = first.headers.get("etag");
      expect([path, etag]).toEqual([path, expect.stringMatching(/^"[\w-]+"$/)]);
      const again = await t.app.request(path, { headers: { "if-none-match": `W/${etag}` } });
      expect([path, again.status, await again.text()]).toEqual([path, 304, ""]);
    }
  });

  it("answers unknown FHIR addresses with a 404 OperationOutcome", async () => {
    for (const path of [
      "/fhir/Patient/1",
      "/fhir/CodeSystem/nope",
      "/fhir/Questionnaire/backtalk-check-fr",
    ]) {
      const response = await t.app.request(path);
      expect(response.status).toBe(404);
      expect(((await response.json()) as Json).resourceType).toBe("OperationOutcome");
    }
  });

  it("serves the CapabilityStatement, the Questionnaires and every CodeSystem and ValueSet, valid and under PUBLIC_BASE_URL", async () => {
    const metadata = await json(t.app.request("/fhir/metadata"));
    expect(metadata.resourceType).toBe("CapabilityStatement");
    const questionnaire = metadata.rest[0].resource.find((r: Json) => r.type === "Questionnaire");
    expect(questionnaire.operation[0]).toMatchObject({ name: "next-question" });
    const served: Json[] = [metadata];
    for (const lang of ["en", "es"])
      served.push(await json(t.app.request(`/fhir/Questionnaire/backtalk-check-${lang}`)));
    for (const id of TERMINOLOGY_IDS) {
      served.push(await json(t.app.request(`/fhir/CodeSystem/${id}`)));
      served.push(await json(t.app.request(`/fhir/ValueSet/${id}`)));
    }
    for (const resource of served)
      expect([resource.id, validator.validate(resource)]).toEqual([resource.id, []]);
    // Every BackTalk URL anywhere in what is served starts with the configured base.
    const urls =
      JSON.stringify(served).match(
        /https?:\/\/[^"]+\/(CodeSystem|ValueSet|Questionnaire|StructureDefinition)\/[^"|]+/g,
      ) ?? [];
    const ours = urls.filter(
      (url) => !url.startsWith("http://hl7.org/") && !url.startsWith("http://terminology.hl7.org/"),
    );
    expect(ours.length).toBeGreaterThan(100);
    expect(ours.filter((url) => !url.startsWith(BASE))).toEqual([]);
    // Every code used by the Questionnaire has its CodeSystem served.
    const systems = new Set(ours.filter((url) => url.includes("/CodeSystem/")));
    for (const system of systems) {
      expect((await t.app.request(system.slice(PUBLIC.length))).status).toBe(200);
    }
  });

  it("answers FHIR JSON to json formats and refuses XML-only requests with 406 and an OperationOutcome", async () => {
    for (const format of ["json", "application/fhir+json", "application/json", "application/json+fhir"]) {
      const response = await t.app.request(`/fhir/metadata?_format=${encodeURIComponent(format)}`);
      expect(response.status).toBe(200);
    }
    // Typed into a URL unencoded, the "+" arrives as a space.
    expect((await t.app.request("/fhir/metadata?_format=application/fhir+json")).status).toBe(200);
    const browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    const legacy = "application/json+fhir";
    for (const accept of [
      browser,
      "application/fhir+json; fhirVersion=4.0",
      "application/json",
      legacy,
      ",,,",
    ]) {
      expect((await t.app.request("/fhir/metadata", { headers: { accept } })).status).toBe(200);
    }
    const refused = [
      t.app.request("/fhir/metadata?_format=xml"),
      t.app.request("/fhir/Questionnaire?_format=application/fhir%2Bxml"),
      t.app.request("/fhir/metadata", { headers: { accept: "application/fhir+xml" } }),
      // _format wins over Accept.
      t.app.request("/fhir/metadata?_format=xml", { headers: { accept: "application/fhir+json" } }),
    ];
    for (const response of await Promise.all(refused)) {
      expect(response.status).toBe(406);
      expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
      const outcome = (await response.json()) as Json;
      expect(outcome.resourceType).toBe("OperationOutcome");
      expect(outcome.issue[0].code).toBe("not-supported");
      expect(outcome.issue[0].diagnostics).toContain("application/fhir+json");
    }
  });

  it("counts matches without listing them when asked for _summary=count", async () => {
    const counted = await json(t.app.request("/fhir/CodeSystem?_summary=count"));
    expect(counted).toMatchObject({
      resourceType: "Bundle",
      type: "searchset",
      total: TERMINOLOGY_IDS.length,
    });
    expect(counted.entry).toBeUndefined();
    expect(validator.validate(counted)).toEqual([]);
  });

  it("finds Questionnaires, CodeSystems and ValueSets by canonical URL, by GET and by POST _search", async () => {
    const english = await json(t.app.request("/fhir/Questionnaire/backtalk-check-en"));
    const byUrl = await t.app.request(`/fhir/Questionnaire?url=${encodeURIComponent(english.url)}`);
    expect(byUrl.status).toBe(200);
    expect(byUrl.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    const bundle = (await byUrl.json()) as Json;
    expect(validator.validate(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 1 });
    expect(bundle.entry[0].resource).toEqual(english);
    expect(bundle.entry[0].fullUrl).toBe(english.url);
    // A versioned canonical, and a search form posted the way FHIR clients do.
    const versioned = await json(
      t.app.request(`/fhir/Questionnaire?url=${encodeURIComponent(`${english.url}|${english.version}`)}`),
    );
    expect(versioned.total).toBe(1);
    const posted = await t.app.request("/fhir/ValueSet/_search", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `url=${encodeURIComponent(`${BASE}/ValueSet/level`)}`,
    });
    expect(posted.status).toBe(200);
    expect(((await posted.json()) as Json).entry.map((e: Json) => e.resource.id)).toEqual(["level"]);
    // Everything of a type, nothing for a URL we don't serve, unknown parameters ignored.
    expect((await json(t.app.request("/fhir/CodeSystem"))).total).toBe(TERMINOLOGY_IDS.length);
    const none = await json(t.app.request("/fhir/CodeSystem?url=https://elsewhere.example/x&_count=5"));
    expect(none).toMatchObject({ total: 0 });
    expect(none.link[0].url).toBe(
      `${BASE}/CodeSystem?url=${encodeURIComponent("https://elsewhere.example/x")}`,
    );
    // A body that is not a form is refused, as an OperationOutcome.
    const wrong = await postJson(t.app, "/fhir/CodeSystem/_search", { url: "x" });
    expect(wrong.status).toBe(415);
    expect(((await wrong.json()) as Json).resourceType).toBe("OperationOutcome");
  });

  it("expands a ValueSet by url, by id and by a Parameters body, in the language asked for", async () => {
    const url = `${BASE}/ValueSet/legWeakness`;
    const english = await json(t.app.request(`/fhir/ValueSet/$expand?url=${encodeURIComponent(url)}`));
    expect(validator.validate(english)).toEqual([]);
    const codes = english.expansion.contains.map((entry: Json) => entry.code);
    expect(codes).toEqual(FACT_KINDS.legWeakness.type === "choice" ? FACT_KINDS.legWeakness.options : []);
    const spanish = await json(t.app.request("/fhir/ValueSet/legWeakness/$expand?displayLanguage=es-MX"));
    expect(spanish.expansion.contains.map((entry: Json) => entry.code)).toEqual(codes);
    const displays = (expanded: Json) => expanded.expansion.contains.map((entry: Json) => entry.display);
    expect(displays(spanish)).not.toEqual(displays(english));
    // Without displayLanguage, Accept-Language decides, as FHIR says.
    const byHeader = await json(
      t.app.request("/fhir/ValueSet/legWeakness/$expand", { headers: { "accept-language": "es" } }),
    );
    expect(byHeader.expansion.contains).toEqual(spanish.expansion.contains);
    const posted = await postJson(
      t.app,
      "/fhir/ValueSet/$expand",
      {
        resourceType: "Parameters",
        parameter: [
          { name: "url", valueUri: url },
          { name: "filter", valueString: english.expansion.contains[1].display.slice(0, 6) },
        ],
      },
      FHIR,
    );
    expect(posted.status).toBe(200);
    expect(((await posted.json()) as Json).expansion.contains.map((entry: Json) => entry.code)).toContain(
      codes[1],
    );
    // What cannot be expanded is said as an OperationOutcome naming the parameter.
    const missing = await t.app.request("/fhir/ValueSet/$expand");
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as Json).issue[0].diagnostics).toMatch(/^url: /);
    for (const path of [
      `/fhir/ValueSet/$expand?url=${encodeURIComponent("https://elsewhere.example/ValueSet/level")}`,
      `/fhir/ValueSet/$expand?url=${encodeURIComponent(`${BASE}/ValueSet/level|0.0.1`)}`,
      "/fhir/ValueSet/nope/$expand",
    ]) {
      const response = await t.app.request(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it("POST /api/assess with Accept: application/fhir+json returns a valid RiskAssessment", async () => {
    for (const { case: sample } of loadSampleCases()) {
      const response = await postJson(t.app, "/api/assess", sample, { accept: "application/fhir+json" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
      const risk = (await response.json()) as Json;
      expect(risk.resourceType).toBe("RiskAssessment");
      expect(validator.validate(risk)).toEqual([]);
      expect(LEVELS).toContain(risk.extension[0].valueCoding.code);
      expect(risk.extension[0].valueCoding.code).toBe(sample.expected?.level);
      expect(risk.basis).toEqual([{ reference: "#answers" }]);
      expect(risk.meta.tag[0].system).toBe(`${BASE}/CodeSystem/knowledge-version`);
      for (const prediction of risk.prediction ?? []) {
        expect(prediction.qualitativeRisk.coding[0].code).toBe("possible");
      }
    }
    const samples = loadSampleCases().map(({ case: sample }) => sample);
    const batch = await postJson(t.app, "/api/assess", samples, { accept: "application/fhir+json" });
    expect(batch.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(batch.headers.get("vary")).toContain("Accept");
    const bundle = (await batch.json()) as Json;
    expect(validator.validate(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(bundle.entry.map((entry: Json) => entry.resource.extension[0].valueCoding.code)).toEqual(
      samples.map((sample) => sample.expected?.level),
    );
    const plainBatch = await postJson(t.app, "/api/assess", samples);
    expect(plainBatch.headers.get("vary")).toContain("Accept");
    expect(Array.isArray(await plainBatch.json())).toBe(true);
    const legacy = await postJson(
      t.app,
      "/api/assess",
      { facts: { bladderChange: true } },
      { "content-type": "application/json+fhir", accept: "application/json+fhir" },
    );
    expect(((await legacy.json()) as Json).resourceType).toBe("RiskAssessment");
    const plain = await json(postJson(t.app, "/api/assess", { facts: { fever: true } }));
    expect(plain.resourceType).toBeUndefined();
    expect(plain.level === null || typeof plain.level === "string").toBe(true);
  });
});
