import type { Plugin } from "vite";
import { LANGS } from "../../engine/src/locales/languages.ts";
import { ROUTES, SCREEN_FILES } from "../src/routes.ts";

/** The file the server reads: for each app path, the chunks that page needs beyond the entry's own. */
export const ROUTE_PRELOADS_FILE = "route-preloads.json";

/** The file the server and the prerendered start pages read: for each language, the chunks of its words. */
export const LANGUAGE_PRELOADS_FILE = "language-preloads.json";

export type RoutePreloads = Readonly<
  Record<string, { readonly scripts: string[]; readonly styles: string[] }>
>;

interface ChunkLike {
  readonly type: "chunk";
  readonly fileName: string;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
  readonly facadeModuleId: string | null;
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
}

/**
 * A screen's chunk is found only after the entry script has run; over a slow network that is one more round
 * trip before the page can draw. The build writes which chunks each path needs, and the server names them
 * in <link rel="modulepreload"> so the browser fetches them beside the entry.
 */
export function routePreloads(): Plugin {
  return {
    name: "backtalk-route-preloads",
    apply: "build",
    // After Vite has dropped the chunks that held only CSS, so no page names a file that is not written.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter(
          (output): output is ChunkLike & typeof output => output.type === "chunk",
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (start: string): Set<string> => {
          const seen = new Set<string>();
          const visit = (file: string) => {
            if (seen.has(file)) return;
            seen.add(file);
            for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
          };
          visit(start);
          return seen;
        };
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) this.error("the build has no entry chunk");
        const loadedByEntry = closure(entry.fileName);
        const preloads: Record<string, { scripts: string[]; styles: string[] }> = {};
        for (const [name, path] of Object.entries(ROUTES) as [keyof typeof ROUTES, string][]) {
          const screen = chunks.find((chunk) =>
            chunk.facadeModuleId?.endsWith(`/src/screens/${SCREEN_FILES[name]}.tsx`),
          );
          if (!screen || screen === entry) {
            preloads[path] = { scripts: [], styles: [] };
            continue;
          }
          const files = [...closure(screen.fileName)].filter((file) => !loadedByEntry.has(file));
          const styles = files.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
          preloads[path] = {
            scripts: files.map((file) => `/${file}`),
            styles: styles.map((file) => `/${file}`),
          };
        }
        this.emitFile({
          type: "asset",
          fileName: ROUTE_PRELOADS_FILE,
          source: `${JSON.stringify(preloads, null, 2)}\n`,
        });
        // Each language's words are a chunk of their own (src/locales/<lang>.ts): every page needs its language's.
        const languages = Object.fromEntries(
          LANGS.map((lang) => {
            const words = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/src/locales/${lang}.ts`));
            if (!words) this.error(`the build has no chunk of the ${lang} words`);
            const files = [...closure(words.fileName)].filter((file) => !loadedByEntry.has(file));
            return [lang, files.map((file) => `/${file}`)];
          }),
        );
        this.emitFile({
          type: "asset",
          fileName: LANGUAGE_PRELOADS_FILE,
          source: `${JSON.stringify(languages, null, 2)}\n`,
        });
      },
    },
  };
}
