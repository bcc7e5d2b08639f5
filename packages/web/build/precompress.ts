import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const TEXT_FILE = /\.(html|js|css|svg|json|webmanifest|txt)$/;

/**
 * Brotli and gzip copies of every text file in the build, made once at build time so the server never
 * compresses per request (it picks a copy by Accept-Encoding). It runs last, after the service worker is
 * written, so sw.js and workbox are covered too. A copy that is not smaller is not written.
 */
export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "backtalk-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir.startsWith("/")
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      handler() {
        for (const name of readdirSync(outDir, { recursive: true }).map(String)) {
          if (!TEXT_FILE.test(name)) continue;
          const path = join(outDir, name);
          const original = readFileSync(path);
          const brotli = brotliCompressSync(original, {
            params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
          });
          const gzip = gzipSync(original, { level: constants.Z_BEST_COMPRESSION });
          if (brotli.length < original.length) writeFileSync(`${path}.br`, brotli);
          if (gzip.length < original.length) writeFileSync(`${path}.gz`, gzip);
        }
      },
    },
  };
}
