import preact from "@preact/preset-vite";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import {
  CONTENT_SECURITY_POLICY_META,
  inlineHash,
  withInlineHashes,
} from "../server/src/http/content-security-policy.ts";
import { languageChunks } from "./build/language-chunks.ts";
import { precompress } from "./build/precompress.ts";
import { prerenderStart } from "./build/prerender-start.ts";
import { buildId, resultCopy, resultCopyScript } from "./build/result-copy-script.ts";
import { routePreloads } from "./build/route-preloads.ts";

const BUILD_ID = buildId();
const RESULT_COPY_SCRIPT = resultCopyScript(BUILD_ID);

/** Added only to the build: Vite's dev server injects inline scripts that the policy would block. */
function contentSecurityPolicy(scriptHashes: readonly string[]): Plugin {
  return {
    name: "backtalk-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: {
          "http-equiv": "Content-Security-Policy",
          content: withInlineHashes(CONTENT_SECURITY_POLICY_META, { scripts: scriptHashes }),
        },
        injectTo: "head-prepend",
      },
    ],
  };
}

const ENGINE = /[\\/]packages[\\/]engine[\\/]/;
/** Libraries only some screens use (charts, PDF, QR code, the offline helper): each stays in its own chunk. */
const OWN_CHUNK_LIBRARY = /node_modules[\\/](?!zod[\\/]|idb[\\/])/;

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  // The engine from its TypeScript source (its `source` export condition), not a compiled copy.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  plugins: [
    languageChunks(),
    preact(),
    contentSecurityPolicy([inlineHash(RESULT_COPY_SCRIPT)]),
    resultCopy(RESULT_COPY_SCRIPT),
    VitePWA({
      strategies: "generateSW",
      registerType: "prompt",
      // Registered from our own module (src/pwa.ts), so no inline registration script is added.
      injectRegister: false,
      includeAssets: ["icons/*.png", "icons/*.svg"],
      manifest: {
        id: "/",
        name: "BackTalk",
        short_name: "BackTalk",
        description:
          "A calm, private guide for a back muscle spasm: warning signs, what to do, and self-care.",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#f7f5f0",
        theme_color: "#1d5c63",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
        ],
      },
      workbox: {
        // Precache everything the app needs, so every screen works offline after the first visit.
        globPatterns: ["**/*.{js,css,html,png,svg,webmanifest}"],
        navigateFallback: "/index.html",
        // Pages the server renders itself: a share link opened on this device must reach the server.
        navigateFallbackDenylist: [/^\/s\//, /^\/api\//, /^\/_backtalk\//],
        cleanupOutdatedCaches: true,
      },
    }),
    routePreloads(),
    prerenderStart(),
    precompress(),
  ],
  build: {
    target: "es2022",
    rolldownOptions: {
      // The engine is pure by contract (no I/O, no globals): let unused engine modules, such as the zod
      // validation that only the check needs, drop out of the first screen's chunk.
      treeshake: { moduleSideEffects: (id: string) => !ENGINE.test(id) },
      output: {
        // Over a slow network every file costs a round trip (about 0.56 s on slow 4G) and HTTP/1.1 opens six
        // connections at a time, so a screen should need few files: everything the entry imports in one
        // chunk, the app's code that several screens use in one more, then the screen's own chunk and its
        // language. Style sheets of some screens (diary.css) and libraries in OWN_CHUNK_LIBRARY stay apart,
        // off the path of the screens that do not use them.
        codeSplitting: {
          groups: [
            { name: "app", tags: ["$initial"], priority: 2 },
            {
              name: "shared",
              test: (id: string) => !OWN_CHUNK_LIBRARY.test(id) && !id.endsWith(".css"),
              minShareCount: 2,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
