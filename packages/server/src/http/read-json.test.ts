import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, postJson, type TestApp } from "../testing/test-app.ts";
import { jsonDepth, MAX_JSON_DEPTH } from "./read-json.ts";

describe("request bodies", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite", { rateLimits: false });
  });
  afterAll(async () => t.cleanup());

  const expectProblem = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    return json(response);
  };

  it("answers 413 past 64 KB on assess and interview, and past 256 KB on shares", async () => {
    const big = JSON.stringify({ facts: {}, description: "x".repeat(64 * 1024) });
    expect((await expectProblem(await postJson(t.app, "/api/assess", big), 413)).detail).toContain("65536");
    await expectProblem(await postJson(t.app, "/api/interview", big), 413);
    expect((await postJson(t.app, "/api/shares", big)).status).toBe(422);
    await expectProblem(await postJson(t.app, "/api/shares", "x".repeat(256 * 1024 + 1)), 413);
  });

  it("with a declared length, holds an object to 64 KB and a batch to its own larger limit", async () => {
    const post = (body: string) =>
      t.app.request("/api/assess", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        body,
      });
    const object = JSON.stringify({ facts: {}, description: "x".repeat(100 * 1024) });
    expect((await expectProblem(await post(object), 413)).detail).toContain("65536");
    const batch = JSON.stringify([{ facts: {}, description: "x".repeat(100 * 1024) }]);
    expect((await post(batch)).status).toBe(200);
    expect((await expectProblem(await post(`[${"0".repeat(4 * 1024 * 1024)}]`), 413)).detail).toContain(
      String(4 * 1024 * 1024),
    );
  });

  it("stops reading a chunked body without Content-Length at the limit", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16_384;
        controller.enqueue(new Uint8Array(16_384).fill(32));
        if (sent > 10_000_000) controller.close();
      },
    });
    const response = await t.app.request("/api/assess", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expectProblem(response, 413);
    expect(sent).toBeLessThan(200_000);
  });

  it("answers 415 for a body that is not JSON by media type, and 400 for malformed JSON", async () => {
    const form = await t.app.request("/api/assess", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: '{"facts":{}}',
    });
    await expectProblem(form, 415);
    expect((await postJson(t.app, "/api/assess", "{facts:")).status).toBe(400);
    expect((await postJson(t.app, "/api/assess", "")).status).toBe(400);
    const fhir = await postJson(
      t.app,
      "/api/assess",
      { facts: {} },
      { "content-type": "application/fhir+json" },
    );
    expect(fhir.status).toBe(200);
  });

  describe("compressed bodies (Content-Encoding)", () => {
    const emergency = JSON.stringify({ facts: { bladderChange: true } });
    const post = (body: Uint8Array | string, encoding: string, path = "/api/assess") =>
      t.app.request(path, {
        method: "POST",
        headers: { "content-type": "application/json", "content-encoding": encoding },
        body,
      });

    it("reads gzip, x-gzip, deflate (zlib or raw), br, and codings applied in turn", async () => {
      const bodies: [string, Uint8Array][] = [
        ["gzip", gzipSync(emergency)],
        ["X-GZIP", gzipSync(emergency)],
        ["deflate", deflateSync(emergency)],
        ["deflate", deflateRawSync(emergency)],
        ["br", brotliCompressSync(emergency)],
        ["gzip, br", brotliCompressSync(gzipSync(emergency))],
        ["identity", Buffer.from(emergency)],
      ];
      for (const [encoding, body] of bodies) {
        const response = await post(body, encoding);
        expect(response.status, encoding).toBe(200);
        expect((await json(response)).level, encoding).toBe("emergency");
      }
      const next = await t.app.request("/fhir/Questionnaire/$next-question", {
        method: "POST",
        headers: { "content-type": "application/fhir+json", "content-encoding": "gzip" },
        body: gzipSync(JSON.stringify({ resourceType: "QuestionnaireResponse", status: "in-progress" })),
      });
      expect(next.status).toBe(200);
    });

    it("holds the expanded body to the same limits, so a small bomb is a 413", async () => {
      const bomb = gzipSync(JSON.stringify({ facts: {}, id: "a".repeat(20_000_000) }));
      expect(bomb.byteLength).toBeLessThan(64 * 1024);
      await expectProblem(await post(bomb, "gzip"), 413);
      const expandsPastCase = gzipSync(JSON.stringify({ facts: {}, id: "a".repeat(100_000) }));
      expect((await expectProblem(await post(expandsPastCase, "gzip"), 413)).detail).toContain("65536");
      const batch = gzipSync(JSON.stringify(Array.from({ length: 200 }, () => ({ facts: { age: 40 } }))));
      expect((await post(batch, "gzip")).status).toBe(200);
    });

    it("answers 415 naming the codings it reads for another, and 400 when the body is not what it says", async () => {
      const zstd = await expectProblem(await post(emergency, "zstd"), 415);
      expect(zstd.detail).toContain("zstd");
      expect(zstd.detail).toContain("gzip");
      expect((await post(emergency, "zstd")).headers.get("accept-encoding")).toBe("gzip, deflate, br");
      const plain = await expectProblem(await post(emergency, "gzip"), 400);
      expect(plain.detail).toContain("gzip");
    });
  });

  it("refuses JSON nested deeper than the limit without walking it recursively", async () => {
    const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    await expectProblem(await postJson(t.app, "/api/shares", deep), 400);
    expect(jsonDepth(JSON.parse(deep))).toBeGreaterThan(MAX_JSON_DEPTH);
    expect(jsonDepth({ a: [1, { b: null }] })).toBe(3);
    expect([jsonDepth(7), jsonDepth(null), jsonDepth([]), jsonDepth([[], {}])]).toEqual([0, 0, 1, 2]);
  });
});
