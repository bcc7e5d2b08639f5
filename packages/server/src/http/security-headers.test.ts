import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, postJson, type TestApp } from "../testing/test-app.ts";

describe("security headers", () => {
  let t: TestApp;
  let behindProxy: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
    behindProxy = await openTestApp("sqlite", { trustedProxies: 1 });
  });
  afterAll(async () => {
    await t.cleanup();
    await behindProxy.cleanup();
  });

  const requests: [string, () => Promise<Response>][] = [
    ["GET /healthz", async () => t.app.request("/healthz")],
    ["GET / (notice page)", async () => t.app.request("/")],
    ["GET /api/docs", async () => t.app.request("/api/docs")],
    ["404 problem", async () => t.app.request("/api/nothing")],
    ["422 problem", async () => postJson(t.app, "/api/assess", { facts: 1 })],
    ["413 problem", async () => postJson(t.app, "/api/assess", "x".repeat(70_000))],
    ["GET /s/:token", async () => t.app.request(`/s/${"a".repeat(43)}`)],
  ];

  it.each(requests)(
    "%s carries CSP, nosniff, no-referrer, frame denial and a request id",
    async (_name, send) => {
      const response = await send();
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      // No third-party origin anywhere in the policy.
      expect(csp).not.toMatch(/https?:|\*/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-request-id")).toMatch(/^[\w-]{8,}/);
      expect(response.headers.get("strict-transport-security")).toBeNull();
    },
  );

  it("sends HSTS only over TLS: a TLS socket, or https from a trusted proxy", async () => {
    const forwarded = { "x-forwarded-proto": "https" };
    // Without a trusted proxy the header is anyone's claim: ignored.
    expect(
      (await t.app.request("/healthz", { headers: forwarded })).headers.get("strict-transport-security"),
    ).toBeNull();
    const proxied = await behindProxy.app.request("/healthz", { headers: forwarded });
    expect(proxied.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const plain = await behindProxy.app.request("/healthz", { headers: { "x-forwarded-proto": "http" } });
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const tls = await t.app.request("/healthz", {}, { incoming: { socket: { encrypted: true } } } as never);
    expect(tls.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("keeps a plain incoming request id and replaces anything else", async () => {
    const kept = await t.app.request("/healthz", { headers: { "x-request-id": "abc-123" } });
    expect(kept.headers.get("x-request-id")).toBe("abc-123");
    const replaced = await t.app.request("/healthz", { headers: { "x-request-id": "<script>" } });
    expect(replaced.headers.get("x-request-id")).not.toBe("<script>");
  });
});
