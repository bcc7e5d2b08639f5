import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../config.ts";
import { json, openTestApp, postJson, type TestApp } from "../testing/test-app.ts";
import { DEFAULT_RATE_LIMITS } from "./rate-limit.ts";

const from = (ip: string) => ({ "x-forwarded-for": ip });
const calm = { facts: { age: 40, onsetTrigger: "strain" } };

describe("HTTP conventions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite", { trustedProxies: 1, corsOrigins: ["https://clinic.example"] });
  });
  afterAll(async () => t.cleanup());

  it("treats a trailing slash as the same address", async () => {
    const response = await postJson(
      t.app,
      "/api/assess/",
      { facts: { bladderChange: true } },
      from("192.0.2.9"),
    );
    expect(response.status).toBe(200);
    expect((await json(response)).level).toBe("emergency");
    expect((await t.app.request("/fhir/metadata/")).status).toBe(200);
    expect((await t.app.request("/healthz/")).status).toBe(200);
  });

  it("assesses a batch in order, and names the index of every bad case", async () => {
    const batch = [{ id: "a", facts: { bladderChange: true } }, calm, { id: "c", facts: {} }];
    const response = await postJson(t.app, "/api/assess", batch, from("192.0.2.1"));
    expect(response.status).toBe(200);
    const results = await json(response);
    expect(results.map((result: { id?: string; level: string | null }) => [result.id, result.level])).toEqual(
      [
        ["a", "emergency"],
        // Unknown warning signs are never taken as "no": no level until they are answered.
        [undefined, null],
        ["c", null],
      ],
    );
    const bad = await json(
      postJson(
        t.app,
        "/api/assess",
        [calm, { facts: { age: "old" } }, { facts: {}, extra: 1 }],
        from("192.0.2.2"),
      ),
    );
    expect(bad.status).toBe(422);
    expect(bad.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      "/1/facts/age",
      "/2/extra",
    ]);
    const tooMany = await postJson(t.app, "/api/assess", Array(1001).fill(calm), from("192.0.2.3"));
    expect(tooMany.status).toBe(422);
    expect((await json(tooMany)).detail).toContain("1000");
    expect((await postJson(t.app, "/api/assess", [], from("192.0.2.3"))).status).toBe(422);
  });

  it("lets one client send 1,000 assessments at once and 50 a second after, one token per case", async () => {
    const client = from("192.0.2.10");
    const thousand = await postJson(t.app, "/api/assess", Array(1000).fill(calm), client);
    expect(thousand.status).toBe(200);
    expect(await json(thousand)).toHaveLength(1000);
    expect((await postJson(t.app, "/api/assess", calm, client)).status).toBe(429);
    t.clock.advanceMs(1_000);
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) statuses.push((await postJson(t.app, "/api/assess", calm, client)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(50);
    expect(statuses.at(-1)).toBe(429);
  });

  it("keeps share creation tight by default", async () => {
    expect(DEFAULT_RATE_LIMITS.shares).toMatchObject({ burst: 10 });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await postJson(t.app, "/api/shares", { bad: 1 }, from("192.0.2.20"))).status);
    expect(statuses.slice(0, 10).every((status) => status === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("answers 405 with Allow for a known address asked with the wrong method", async () => {
    const wrong = await t.app.request("/api/assess");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect(wrong.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const put = await t.app.request(`/api/shares/${"A".repeat(43)}`, { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("DELETE, GET, HEAD");
    expect((await t.app.request("/api/rules", { method: "POST" })).headers.get("allow")).toBe("GET, HEAD");
    expect((await t.app.request("/api/nowhere", { method: "POST" })).status).toBe(404);
    expect((await t.app.request(`/api/shares/${"A".repeat(43)}`)).status).toBe(404);
  });

  it.each([
    ["/api/rules", {}],
    ["/api/questionnaire", { "accept-language": "es" }],
    ["/api/openapi.json", {}],
  ])("serves %s with ETag and Cache-Control, and 304 when the client has it", async (path, headers) => {
    const first = await t.app.request(path, { headers });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const again = await t.app.request(path, {
      headers: { ...headers, "if-none-match": `W/${etag}, "other"` },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await t.app.request(path, { headers: { ...headers, "if-none-match": '"old"' } })).status).toBe(
      200,
    );
  });

  it("gives each language's questionnaire its own ETag", async () => {
    const en = (await t.app.request("/api/questionnaire")).headers.get("etag");
    const es = (await t.app.request("/api/questionnaire?lang=es")).headers.get("etag");
    expect(en).not.toBe(es);
  });

  it("lets listed origins call the API from a browser, and nobody else", async () => {
    const preflight = await t.app.request("/api/assess", {
      method: "OPTIONS",
      headers: {
        origin: "https://clinic.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,content-encoding,x-request-id",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://clinic.example");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    // A browser sends only the headers the preflight allows: a gzip body and a request id must pass.
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(",");
    for (const header of ["content-type", "content-encoding", "x-request-id"])
      expect(allowed).toContain(header);
    const call = await postJson(t.app, "/api/assess", calm, {
      origin: "https://clinic.example",
      ...from("192.0.2.30"),
    });
    expect(call.headers.get("access-control-allow-origin")).toBe("https://clinic.example");
    expect(call.headers.get("access-control-expose-headers")).toContain("Retry-After");
    expect(call.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
    const stranger = await postJson(t.app, "/api/assess", calm, {
      origin: "https://evil.example",
      ...from("192.0.2.31"),
    });
    expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("sends no CORS headers at all by default", async () => {
    const plain = await openTestApp("sqlite");
    try {
      const response = await postJson(plain.app, "/api/assess", calm, { origin: "https://clinic.example" });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      // OPTIONS still says what each known address answers (RFC 9110), with no CORS grant.
      const asked: [string, string][] = [
        ["/api/assess", "POST, OPTIONS"],
        ["/api/shares/abc", "DELETE, GET, HEAD, OPTIONS"],
        ["/fhir/metadata", "GET, HEAD, OPTIONS"],
        ["/fhir/Questionnaire/$next-question", "POST, OPTIONS"],
      ];
      for (const [path, allow] of asked) {
        const options = await plain.app.request(path, { method: "OPTIONS" });
        expect([path, options.status, options.headers.get("allow")]).toEqual([path, 204, allow]);
        expect(options.headers.get("access-control-allow-origin")).toBeNull();
      }
      expect((await plain.app.request("/api/nope", { method: "OPTIONS" })).status).toBe(404);
    } finally {
      await plain.cleanup();
    }
  });
});

describe("rate limits and CORS from the environment", () => {
  it("defaults to a 1,000 burst and 50 a second for assessing, 10 then 10 an hour for shares, no CORS", () => {
    const config = configFromEnv({});
    expect(config.rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(config.rateLimits && config.rateLimits.assess).toEqual({ burst: 1000, perSecond: 50 });
    expect(config.corsOrigins).toEqual([]);
  });

  it("reads each setting, and 0 turns a limit off", () => {
    const config = configFromEnv({
      RATE_LIMIT_ASSESS_BURST: "5000",
      RATE_LIMIT_ASSESS_PER_SECOND: "200",
      RATE_LIMIT_SHARES_PER_HOUR: "0",
      CORS_ORIGINS: "https://clinic.example, http://localhost:5173",
    });
    expect(config.rateLimits).toEqual({ assess: { burst: 5000, perSecond: 200 }, shares: false });
    expect(config.corsOrigins).toEqual(["https://clinic.example", "http://localhost:5173"]);
    const noAssessLimit = configFromEnv({ RATE_LIMIT_ASSESS_BURST: "0" }).rateLimits;
    expect(noAssessLimit && noAssessLimit.assess).toBe(false);
    expect(configFromEnv({ RATE_LIMITS: "off", RATE_LIMIT_ASSESS_BURST: "5" }).rateLimits).toBe(false);
  });

  it("refuses values it cannot use, naming the variable", () => {
    expect(() => configFromEnv({ RATE_LIMIT_ASSESS_PER_SECOND: "fast" })).toThrow(
      /RATE_LIMIT_ASSESS_PER_SECOND/,
    );
    expect(() => configFromEnv({ CORS_ORIGINS: "clinic.example" })).toThrow(/CORS_ORIGINS/);
    expect(() => configFromEnv({ CORS_ORIGINS: "https://clinic.example/app" })).toThrow(/CORS_ORIGINS/);
  });
});
