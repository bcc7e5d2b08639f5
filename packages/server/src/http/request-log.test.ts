import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SNAPSHOT } from "../testing/fixtures.ts";
import { json, openTestApp, postJson, type TestApp } from "../testing/test-app.ts";

describe("request logs", () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    // With a built web app, whose catch-all routes must not be logged as the route of API requests.
    webRoot = mkdtempSync(join(tmpdir(), "backtalk-log-"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>app</title>");
    t = await openTestApp("sqlite", { rateLimits: false, webRoot });
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("log one line per request with id, method, route pattern, status and duration, and nothing else", async () => {
    const { token, secret } = await json(postJson(t.app, "/api/shares", { snapshot: SNAPSHOT }));
    await t.app.request(`/s/${token}`);
    await postJson(t.app, "/api/assess", { id: "person-123", facts: { cancerHistory: true, age: 77 } });
    await postJson(t.app, "/api/assess", { facts: { age: "seventy-seven" } });
    await t.app.request("/readyz");
    await t.app.request("/some/client/route", { headers: { accept: "text/html" } });
    await t.app.request("/api/nothing");
    const lines = t.logger.lines.filter((line) => line.msg === "request");
    expect(lines).toHaveLength(7);
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
      "/readyz",
      "/*",
      "/*",
    ]);
    expect(lines.map((line) => line.status)).toEqual([201, 200, 200, 422, 200, 200, 404]);
    const all = JSON.stringify(t.logger.lines);
    for (const secretThing of [token, secret, "person-123", "cancerHistory", "seventy"]) {
      expect(all).not.toContain(secretThing);
    }
  });
});
