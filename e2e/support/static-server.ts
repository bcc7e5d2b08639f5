import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import {
  CONTENT_SECURITY_POLICY,
  inlineHash,
  withInlineHashes,
} from "../../packages/server/src/http/content-security-policy.ts";

/** The policy the real server sends, with a page's inline style and script blocks allowed by hash. */
function policyFor(file: string, body: Buffer): string {
  if (!file.endsWith(".html")) return CONTENT_SECURITY_POLICY;
  const blocks = (tag: string) =>
    [...body.toString("utf8").matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((match) =>
      inlineHash(match[1] ?? ""),
    );
  return withInlineHashes(CONTENT_SECURITY_POLICY, { styles: blocks("style"), scripts: blocks("script") });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * A minimal static server for the built app with the SPA fallback: used by the e2e tests and the bench
 * only when the real server (packages/server) cannot start.
 */
export async function startStaticServer(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) {
      response.writeHead(400).end();
      return;
    }
    const isFile = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!isFile) {
      if (extname(path)) {
        response.writeHead(404).end();
        return;
      }
      file = join(root, "index.html");
    }
    const body = await readFile(file);
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": policyFor(file, body),
      "Cache-Control": file.endsWith("index.html") || file.endsWith("sw.js") ? "no-cache" : "max-age=3600",
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
