import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { type Encoding, preferredEncoding } from "./content-encoding.ts";

/** Written by the web build (packages/web/build/route-preloads.ts): the chunks each app path needs. */
const ROUTE_PRELOADS_FILE = "route-preloads.json";

interface Preloads {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

interface ShellVariant {
  readonly identity: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

const isAssetPath = (value: unknown): value is string =>
  typeof value === "string" && /^\/assets\/[\w.-]+$/.test(value);

function readPreloads(webRoot: string): Map<string, Preloads> {
  const file = join(webRoot, ROUTE_PRELOADS_FILE);
  if (!existsSync(file)) return new Map();
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  const routes = new Map<string, Preloads>();
  for (const [path, entry] of Object.entries(parsed as Record<string, Partial<Preloads>>)) {
    const scripts = Array.isArray(entry?.scripts) ? entry.scripts.filter(isAssetPath) : [];
    const styles = Array.isArray(entry?.styles) ? entry.styles.filter(isAssetPath) : [];
    routes.set(path, { scripts, styles });
  }
  return routes;
}

function withPreloads(html: string, preloads: Preloads): string {
  const links = [
    ...preloads.scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
    ...preloads.styles.map((href) => `<link rel="preload" as="style" href="${href}">`),
  ];
  return links.length === 0 ? html : html.replace("</head>", `${links.join("\n")}\n</head>`);
}

const variant = (html: string): ShellVariant => {
  const identity = Buffer.from(html, "utf8");
  return { identity, br: brotliCompressSync(identity), gzip: gzipSync(identity) };
};

/**
 * The web app's index.html for every app path, with <link rel="modulepreload"> for the chunks that path's
 * screen needs, so the browser fetches them beside the entry script instead of after it. Built once at
 * start-up, compressed once; a request only picks the copy.
 */
export class AppShell {
  private readonly byPath: ReadonlyMap<string, ShellVariant>;
  private readonly plain: ShellVariant;

  constructor(webRoot: string) {
    const html = readFileSync(join(webRoot, "index.html"), "utf8");
    this.plain = variant(html);
    this.byPath = new Map(
      [...readPreloads(webRoot)].map(([path, preloads]) => [path, variant(withPreloads(html, preloads))]),
    );
  }

  /** The page for a path (unknown paths get the plain shell), encoded as the client prefers. */
  page(path: string, acceptEncoding: string | undefined): { body: Buffer; encoding: Encoding | undefined } {
    const normalised = path.replace(/\/+$/, "") || "/";
    const shell = this.byPath.get(normalised) ?? this.plain;
    const encoding = preferredEncoding(acceptEncoding);
    return { body: encoding ? shell[encoding] : shell.identity, encoding };
  }
}
