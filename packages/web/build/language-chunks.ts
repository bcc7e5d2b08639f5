import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const ENGINE_LOCALES = /[\\/]packages[\\/]engine[\\/]src[\\/]locales[\\/][^\\/]+$/;
const STAND_IN = fileURLToPath(new URL("../src/i18n/engine-catalogs.ts", import.meta.url));

/**
 * The engine's catalogs are one static map of every language, which would put every language into the first
 * screen's scripts. In the browser build that map is replaced by one the app fills as it loads a language
 * (src/i18n/catalogs.ts), whose chunk carries the app's words and the engine's texts for that language only.
 */
export function languageChunks(): Plugin {
  return {
    name: "backtalk-language-chunks",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      return source === "./catalogs.ts" && importer && ENGINE_LOCALES.test(importer) ? STAND_IN : null;
    },
  };
}
