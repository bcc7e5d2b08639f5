import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp } from "../testing/test-app.ts";

describe("the web app", () => {
  let root: string;
  let t: TestApp;
  let bare: TestApp;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "backtalk-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(
      join(root, "index.html"),
      '<!doctype html><title>app</title><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    writeFileSync(join(root, "assets", "app-1a2b.js"), "console.log('hi')");
    writeFileSync(join(root, "sw.js"), "self.addEventListener('fetch', () => {})");
    t = await openTestApp("sqlite", { webRoot: root });
    bare = await openTestApp("sqlite", { webRoot: join(root, "missing") });
  });
  afterAll(async () => {
    await t.cleanup();
    await bare.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves the built files: hashed assets cached for a year, the rest revalidated", async () => {
    const index = await t.app.request("/");
    expect(index.status).toBe(200);
    expect(await index.text()).toContain("<title>app</title>");
    expect(index.headers.get("cache-control")).toBe("no-cache");
    const asset = await t.app.request("/assets/app-1a2b.js");
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await t.app.request("/sw.js")).headers.get("cache-control")).toBe("no-cache");
    expect(asset.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("falls back to index.html for client routes, but not for API paths or missing files", async () => {
    const route = await t.app.request("/history/week-2", { headers: { accept: "text/html" } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<title>app</title>");
    expect((await t.app.request("/assets/gone-0000.js")).status).toBe(404);
    const api = await t.app.request("/api/nothing", { headers: { accept: "text/html" } });
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await json(t.app.request("/healthz"))).toEqual({ status: "ok" });
    // The URL is normalised before routing: no way out of the web root.
    const traversal = await (await t.app.request("/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd")).text();
    expect(traversal).not.toContain("root:");
  });

  it("shows a short notice when the web app is not built", async () => {
    const notice = await bare.app.request("/");
    expect(notice.status).toBe(200);
    expect(await notice.text()).toContain("npm run build");
  });
});
