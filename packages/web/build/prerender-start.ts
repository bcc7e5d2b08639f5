import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Lang } from "@backtalk/engine";
import preact from "@preact/preset-vite";
import { build, defaultServerConditions, type Plugin } from "vite";
import { LANGUAGE_PRELOADS_FILE } from "./route-preloads.ts";

/** Written beside the pages: which page serves each language at "/", and the hash of their inline style. */
export const PRERENDERED_FILE = "prerendered.json";

export interface Prerendered {
  readonly styleHashes: readonly string[];
  readonly start: Readonly<Record<Lang, string>>;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/;

/**
 * A first visit over a slow network waits for the page, then its scripts and style sheet, then the render.
 * Here the start screen is drawn at build time, once per language, into a copy of index.html with the app's
 * style sheet inline, so the page paints as soon as it arrives. The inline style is allowed by its hash in
 * the page's Content-Security-Policy (no 'unsafe-inline'); the server adds the same hash to its header.
 */
export function prerenderStart(): Plugin {
  let root = ".";
  let outDir = "dist";
  return {
    name: "backtalk-prerender-start",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        const ssrDir = mkdtempSync(join(tmpdir(), "backtalk-prerender-"));
        try {
          await build({
            configFile: false,
            root,
            logLevel: "warn",
            plugins: [preact()],
            ssr: { noExternal: true, resolve: { conditions: ["source", ...defaultServerConditions] } },
            build: { ssr: "src/prerender.tsx", outDir: ssrDir, emptyOutDir: true, minify: false },
          });
          const { LANGS, renderStartScreen } = (await import(
            pathToFileURL(join(ssrDir, "prerender.js")).href
          )) as {
            LANGS: readonly Lang[];
            renderStartScreen: (lang: Lang) => Promise<string>;
          };
          const shell = readFileSync(join(outDir, "index.html"), "utf8");
          const link = STYLESHEET.exec(shell);
          if (!link?.[1]) throw new Error("index.html links no style sheet to inline");
          const css = readFileSync(join(outDir, link[1]), "utf8").trim();
          const styleHash = `sha256-${createHash("sha256").update(css).digest("base64")}`;
          if (!shell.includes("style-src &#39;self&#39;"))
            throw new Error("index.html has no style-src to extend");
          const words = JSON.parse(readFileSync(join(outDir, LANGUAGE_PRELOADS_FILE), "utf8")) as Record<
            Lang,
            readonly string[]
          >;
          const withInlineStyle = (page: string) =>
            page
              .replace(link[0], `<style>${css}</style>`)
              .replace("style-src &#39;self&#39;", `style-src &#39;self&#39; &#39;${styleHash}&#39;`);
          const start = {} as Record<Lang, string>;
          for (const lang of LANGS) {
            // The start page has no use for the result page's early paint: no inline script at all.
            const page = withInlineStyle(shell)
              .replace(/<script>[\s\S]*?<\/script>/g, "")
              .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
              .replace('<div id="app"></div>', `<div id="app">${await renderStartScreen(lang)}</div>`)
              .replace(
                "</head>",
                `${words[lang].map((href) => `<link rel="modulepreload" crossorigin href="${href}">`).join("")}</head>`,
              );
            start[lang] = `start.${lang}.html`;
            writeFileSync(join(outDir, start[lang]), page);
          }
          // Every other page inlines the style sheet too: a linked sheet is one more round trip before the
          // first paint, and it holds back the page's inline script (result-copy) until it arrives.
          writeFileSync(join(outDir, "index.html"), withInlineStyle(shell));
          const prerendered: Prerendered = { styleHashes: [styleHash], start };
          writeFileSync(join(outDir, PRERENDERED_FILE), `${JSON.stringify(prerendered, null, 2)}\n`);
        } finally {
          rmSync(ssrDir, { recursive: true, force: true });
        }
      },
    },
  };
}
