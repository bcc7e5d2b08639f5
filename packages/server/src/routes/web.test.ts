import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gzipSync } from "node:zlib";
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
      '<!doctype html><head><title>app</title><script type="module" src="/assets/app-1a2b.js"></script></head>',
    );
    writeFileSync(join(root, "assets", "app-1a2b.js"), "console.log('hi')");
    writeFileSync(join(root, "sw.js"), "self.addEventListener('fetch', () => {})");
    writeFileSync(join(root, "assets", "app-1a2b.js.br"), brotliCompressSync("console.log('hi')"));
    writeFileSync(join(root, "assets", "app-1a2b.js.gz"), gzipSync("console.log('hi')"));
    writeFileSync(join(root, "start.es.html"), "<!doctype html><head><title>inicio</title></head>");
    writeFileSync(
      join(root, "prerendered.json"),
      JSON.stringify({
        styleHashes: ["sha256-abc+/="],
        start: { es: "start.es.html", en: "../escape.html" },
      }),
    );
    writeFileSync(
      join(root, "route-preloads.json"),
      JSON.stringify({
        "/": { scripts: [], styles: [] },
        "/result": {
          scripts: ["/assets/result-9z.js", "javascript:alert(1)"],
          styles: ["/assets/result-9z.css"],
        },
      }),
    );
    writeFileSync(
      join(root, "language-preloads.json"),
      JSON.stringify({ es: ["/assets/es-7q.js", "https://elsewhere.example/words.js"] }),
    );
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

  it("sends the build's brotli or gzip copy to a client that accepts it, and plain bytes otherwise", async () => {
    const brotli = await t.app.request("/assets/app-1a2b.js", {
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("vary")).toContain("Accept-Encoding");
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(
      "console.log('hi')",
    );
    const gzip = await t.app.request("/assets/app-1a2b.js", { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    const plain = await t.app.request("/assets/app-1a2b.js", { headers: { "accept-encoding": "br;q=0" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe("console.log('hi')");
    const shell = await t.app.request("/", { headers: { "accept-encoding": "br" } });
    expect(shell.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await shell.arrayBuffer())).toString()).toContain(
      "<title>app</title>",
    );
  });

  it("names the chunks a path's screen needs as modulepreload links, and only asset paths", async () => {
    const result = await (await t.app.request("/result", { headers: { accept: "text/html" } })).text();
    expect(result).toContain('<link rel="modulepreload" crossorigin href="/assets/result-9z.js">');
    expect(result).toContain('<link rel="preload" as="style" href="/assets/result-9z.css">');
    expect(result).not.toContain("javascript:");
    const start = await (await t.app.request("/")).text();
    expect(start).not.toContain("modulepreload");
    const unknown = await (
      await t.app.request("/somewhere/else", { headers: { accept: "text/html" } })
    ).text();
    expect(unknown).not.toContain("modulepreload");
  });

  it("names the chunk of the request's language words beside the screen's chunks", async () => {
    const spanish = { accept: "text/html", "accept-language": "es-ES,es;q=0.9" };
    const result = await (await t.app.request("/result", { headers: spanish })).text();
    expect(result).toContain('<link rel="modulepreload" crossorigin href="/assets/result-9z.js">');
    expect(result).toContain('<link rel="modulepreload" crossorigin href="/assets/es-7q.js">');
    expect(result).not.toContain("elsewhere.example");
    const unknown = await (await t.app.request("/somewhere/else", { headers: spanish })).text();
    expect(unknown).toContain('<link rel="modulepreload" crossorigin href="/assets/es-7q.js">');
  });

  it("serves the start page drawn in the request's language, its inline style allowed by hash only", async () => {
    const spanish = await t.app.request("/", { headers: { "accept-language": "es-MX,es;q=0.9" } });
    expect(await spanish.text()).toContain("<title>inicio</title>");
    const policy = spanish.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("style-src 'self' 'sha256-abc+/='");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(spanish.headers.get("vary")).toContain("Accept-Language");
    // No drawn page for English (a file outside the web root is never read): the plain shell, plain policy.
    const english = await t.app.request("/", { headers: { "accept-language": "en" } });
    expect(await english.text()).toContain("<title>app</title>");
    expect(english.headers.get("content-security-policy")).not.toContain("sha256");
    // Only the start path is drawn; other paths are the app shell.
    const result = await t.app.request("/result", {
      headers: { accept: "text/html", "accept-language": "es" },
    });
    expect(await result.text()).not.toContain("inicio");
  });

  it("shows a short notice when the web app is not built", async () => {
    const notice = await bare.app.request("/");
    expect(notice.status).toBe(200);
    expect(await notice.text()).toContain("npm run build");
  });
});

describe("the web app's inline blocks", () => {
  let root: string;
  let t: TestApp;
  const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "backtalk-web-inline-"));
    writeFileSync(
      join(root, "index.html"),
      "<!doctype html><head><title>app</title><style>p{color:red}</style></head>" +
        '<body><div id="app"></div><script>paintEarly()</script></body>',
    );
    t = await openTestApp("sqlite", { webRoot: root });
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it("allows exactly the page's inline style and script by hash, on app paths and on /index.html", async () => {
    for (const path of ["/result", "/index.html"]) {
      const page = await t.app.request(path, { headers: { accept: "text/html" } });
      expect(await page.text()).toContain("<script>paintEarly()</script>");
      const policy = page.headers.get("content-security-policy") ?? "";
      expect(policy).toContain(`script-src 'self' ${hash("paintEarly()")};`);
      expect(policy).toContain(`style-src 'self' ${hash("p{color:red}")};`);
      expect(policy).not.toContain("unsafe-inline");
    }
    // The service worker keeps /index.html for every language: no Vary on the language.
    const index = await t.app.request("/index.html");
    expect(index.headers.get("vary")).not.toContain("Accept-Language");
  });
});
