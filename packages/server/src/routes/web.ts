import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { html, layout } from "../html/layout.ts";
import { PAGE_TEXTS } from "../html/page-texts.ts";
import { AppShell } from "../http/app-shell.ts";
import { notFound } from "../http/problem.ts";

/** Paths that belong to the server, never to the web app's client-side routes. */
const SERVER_PATHS = /^\/(api|s|_backtalk)(\/|$)|^\/(healthz|readyz)$/;

const cacheControl = (path: string) =>
  path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";

const wantsHtml = (accept: string | undefined) => accept === undefined || /text\/html|\*\/\*/.test(accept);

function appShellResponse(shell: AppShell, c: Context<AppEnv>, path: string): Response {
  const { body, encoding, contentSecurityPolicy } = shell.page(
    path,
    c.get("locale"),
    c.req.header("accept-encoding"),
  );
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-cache",
    "Content-Security-Policy": contentSecurityPolicy,
    // index.html is the same in every language; the service worker's cache would not match it under a Vary
    // on Accept-Language.
    Vary: path === "/index.html" ? "Accept-Encoding" : "Accept-Encoding, Accept-Language",
  });
  if (encoding) headers.set("Content-Encoding", encoding);
  return new Response(new Uint8Array(body), { headers });
}

/**
 * The built web app (packages/web/dist) as static files, with a fallback to index.html for client-side
 * routes. Vite's hashed /assets/ files are cached for a year; everything else is revalidated, so a new
 * deployment (and a new service worker) reaches people at once. Without a build: a short notice page.
 */
export function webRoutes(webRoot: string | undefined): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const built = webRoot !== undefined && existsSync(join(webRoot, "index.html"));
  if (!built) {
    app.get("/", (c) => {
      const words = PAGE_TEXTS[c.get("locale")];
      return c.html(
        layout(
          c.get("locale"),
          words.noAppTitle,
          html`<h1>${words.noAppTitle}</h1><p>${words.noAppBody} <a href="/api/docs">${words.apiDocs}</a>.</p>`,
        ),
      );
    });
    return app;
  }
  // Each text file has .br and .gz copies made by the web build; serveStatic picks one by Accept-Encoding.
  const files = serveStatic<AppEnv>({ root: webRoot, precompressed: true });
  const shell = new AppShell(webRoot);
  app.use("*", async (c, next) => {
    if (SERVER_PATHS.test(c.req.path)) return next();
    // "/" is the start page drawn in the person's language; /index.html is the file as built, which the
    // service worker keeps for offline use. Both carry the policy that allows their inline style and script.
    if ((c.req.method === "GET" || c.req.method === "HEAD") && /^\/(index\.html)?$/.test(c.req.path)) {
      return appShellResponse(shell, c, c.req.path);
    }
    const found = await files(c, next);
    if (found instanceof Response) found.headers.set("Cache-Control", cacheControl(c.req.path));
    return found;
  });
  app.get("*", async (c) => {
    // A missing file with an extension (a stale /assets/x.js) is a real 404, not the app shell.
    if (
      SERVER_PATHS.test(c.req.path) ||
      /\.[a-z0-9]+$/i.test(c.req.path) ||
      !wantsHtml(c.req.header("accept"))
    ) {
      throw notFound();
    }
    return appShellResponse(shell, c, c.req.path);
  });
  return app;
}
