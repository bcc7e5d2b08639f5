import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SNAPSHOT } from "../testing/fixtures.ts";
import { json, openTestApp, postJson, type TestApp } from "../testing/test-app.ts";

describe("request logs", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite", { rateLimits: false });
  });
  afterAll(async () => t.cleanup());

  it("log one line per request with id, method, route pattern, status and duration, and nothing else", async () => {
    const { token, secret } = await json(postJson(t.app, "/api/shares", { snapshot: SNAPSHOT }));
    await t.app.request(`/s/${token}`);
    await postJson(t.app, "/api/assess", { id: "person-123", facts: { cancerHistory: true, age: 77 } });
    await postJson(t.app, "/api/assess", { facts: { age: "seventy-seven" } });
    const lines = t.logger.lines.filter((line) => line.msg === "request");
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual([
        "durationMs",
        "level",
        "method",
        "msg",
        "requestId",
        "route",
        "status",
      ]);
    }
    expect(lines.map((line) => line.route)).toEqual([
      "/api/shares",
      "/s/:token",
      "/api/assess",
      "/api/assess",
    ]);
    expect(lines.map((line) => line.status)).toEqual([201, 200, 200, 422]);
    const all = JSON.stringify(t.logger.lines);
    for (const secretThing of [token, secret, "person-123", "cancerHistory", "seventy"]) {
      expect(all).not.toContain(secretThing);
    }
  });
});
