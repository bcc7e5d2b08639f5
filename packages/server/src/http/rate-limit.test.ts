import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, postJson, type TestApp } from "../testing/test-app.ts";
import { TokenBuckets } from "./rate-limit.ts";

describe("TokenBuckets", () => {
  it("allows a burst, then refills at the set rate, per key", () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, perSecond: 0.5 }, () => now);
    expect([buckets.take("a"), buckets.take("a"), buckets.take("a")]).toEqual([0, 0, 0]);
    expect(buckets.take("a")).toBe(2);
    expect(buckets.take("b")).toBe(0);
    now += 2_000;
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(2);
  });

  it("forgets clients whose bucket has refilled, so memory stays bounded", () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, perSecond: 1 }, () => now);
    for (let i = 0; i < 1000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`);
    expect(buckets.size).toBe(1000);
    now += 60_000;
    buckets.take("late");
    expect(buckets.size).toBe(1);
  });
});

describe("rate limiting on the API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite", {
      rateLimits: { assess: { burst: 3, perSecond: 1 }, shares: { burst: 2, perSecond: 1 / 60 } },
      trustedProxies: 1,
    });
  });
  afterAll(async () => t.cleanup());

  const from = (ip: string) => ({ "x-forwarded-for": `203.0.113.9, ${ip}` });

  it("answers 429 problem+json with Retry-After once a client's bucket is empty, per client", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await postJson(t.app, "/api/assess", { facts: {} }, from("198.51.100.1"))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await postJson(t.app, "/api/interview", {}, from("198.51.100.1"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(limited.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect((await postJson(t.app, "/api/assess", { facts: {} }, from("198.51.100.2"))).status).toBe(200);
    t.clock.advanceMs(1_000);
    expect((await postJson(t.app, "/api/assess", { facts: {} }, from("198.51.100.1"))).status).toBe(200);
  });

  it("limits share creation separately, and leaves reading alone", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await postJson(t.app, "/api/shares", { bad: 1 }, from("198.51.100.3"))).status);
    expect(statuses).toEqual([422, 422, 429]);
    const limited = await postJson(t.app, "/api/shares", {}, from("198.51.100.3"));
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);
    expect((await t.app.request("/healthz", { headers: from("198.51.100.3") })).status).toBe(200);
  });
});
