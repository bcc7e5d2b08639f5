import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { type Encoding, preferredEncoding } from "./content-encoding.ts";
import { CONTENT_SECURITY_POLICY, inlineHash, withInlineHashes } from "./content-security-policy.ts";

/** Written by the web build (packages/web/build/route-preloads.ts): the chunks each app path needs. */
const ROUTE_PRELOADS_FILE = "route-preloads.json";
/** Written by the web build (packages/web/build/route-preloads.ts): the chunk of each language's words. */
const LANGUAGE_PRELOADS_FILE = "language-preloads.json";
/** Written by the web build (packages/web/build/prerender-start.ts): the start page drawn per language. */
const PRERENDERED_FILE = "prerendered.json";

interface Preloads {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

interface ShellPages {
  readonly byPath: ReadonlyMap<string, ShellPage>;
  readonly plain: ShellPage;
}

interface ShellPage {
  readonly identity: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
  readonly contentSecurityPolicy: string;
}

export interface ShellResponse {
  readonly body: Buffer;
  readonly encoding: Encoding | undefined;
  readonly contentSecurityPolicy: string;
}

const isAssetPath = (value: unknown): value is string =>
  typeof value === "string" && /^\/assets\/[\w.-]+$/.test(value);
const isPageFile = (value: unknown): value is string =>
  typeof value === "string" && /^[\w.-]+\.html$/.test(value);

function readJson(webRoot: string, file: string): unknown {
  const path = join(webRoot, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

function readPreloads(webRoot: string): Map<string, Preloads> {
  const parsed = readJson(webRoot, ROUTE_PRELOADS_FILE) as Record<string, Partial<Preloads>> | undefined;
  const routes = new Map<string, Preloads>();
  for (const [path, entry] of Object.entries(parsed ?? {})) {
    const scripts = Array.isArray(entry?.scripts) ? entry.scripts.filter(isAssetPath) : [];
    const styles = Array.isArray(entry?.styles) ? entry.styles.filter(isAssetPath) : [];
    routes.set(path, { scripts, styles });
  }
  return routes;
}

function readLanguagePreloads(webRoot: string): Map<string, readonly string[]> {
  const parsed = readJson(webRoot, LANGUAGE_PRELOADS_FILE) as Record<string, unknown> | undefined;
  const languages = new Map<string, readonly string[]>();
  for (const [lang, scripts] of Object.entries(parsed ?? {})) {
    if (Array.isArray(scripts)) languages.set(lang, scripts.filter(isAssetPath));
  }
  return languages;
}

function withPreloads(html: string, preloads: Preloads): string {
  const links = [
    ...preloads.scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
    ...preloads.styles.map((href) => `<link rel="preload" as="style" href="${href}">`),
  ];
  return links.length === 0 ? html : html.replace("</head>", `${links.join("\n")}\n</head>`);
}

/** The text of each inline block of a tag written without attributes (the build writes them so). */
const inlineBlocks = (html: string, tag: "script" | "style"): string[] =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((match) => match[1] ?? "");

/** A page and its policy, which allows each of its inline style and script blocks by its exact hash. */
function shellPage(html: string, styleHashes: readonly string[] = []): ShellPage {
  const identity = Buffer.from(html, "utf8");
  const styles = new Set([...styleHashes, ...inlineBlocks(html, "style").map(inlineHash)]);
  return {
    identity,
    br: brotliCompressSync(identity),
    gzip: gzipSync(identity),
    contentSecurityPolicy: withInlineHashes(CONTENT_SECURITY_POLICY, {
      styles: [...styles],
      scripts: inlineBlocks(html, "script").map(inlineHash),
    }),
  };
}

/** The start page drawn at build time for each language, with the hashes of its inline style. */
function readStartPages(webRoot: string): Map<string, ShellPage> {
  const parsed = readJson(webRoot, PRERENDERED_FILE) as
    | { styleHashes?: unknown; start?: Record<string, unknown> }
    | undefined;
  const hashes = Array.isArray(parsed?.styleHashes)
    ? parsed.styleHashes.filter(
        (hash): hash is string => typeof hash === "string" && /^sha256-[\w+/=]+$/.test(hash),
      )
    : [];
  const pages = new Map<string, ShellPage>();
  for (const [lang, file] of Object.entries(parsed?.start ?? {})) {
    if (isPageFile(file) && existsSync(join(webRoot, file))) {
      pages.set(lang, shellPage(readFileSync(join(webRoot, file), "utf8"), hashes));
    }
  }
  return pages;
}

/**
 * The web app's index.html for every app path, as a first visit over a slow network needs it: the start
 * page arrives already drawn in the person's language; any other path names its screen's chunks as
 * <link rel="modulepreload">, with the chunk of the language's words, so the browser fetches them beside the
 * entry script instead of after it. Built once at start-up and compressed once; a request only picks the copy.
 */
export class AppShell {
  private readonly byLang: ReadonlyMap<string, ShellPages>;
  private readonly anyLang: ShellPages;
  private readonly startByLang: ReadonlyMap<string, ShellPage>;
  /** index.html as built, which the service worker keeps for offline use, with its inline blocks allowed. */
  private readonly indexFile: ShellPage;

  constructor(webRoot: string) {
    const html = readFileSync(join(webRoot, "index.html"), "utf8");
    const routes = readPreloads(webRoot);
    const pages = (words: readonly string[]): ShellPages => ({
      plain: shellPage(withPreloads(html, { scripts: words, styles: [] })),
      byPath: new Map(
        [...routes].map(([path, preloads]) => [
          path,
          shellPage(withPreloads(html, { ...preloads, scripts: [...preloads.scripts, ...words] })),
        ]),
      ),
    });
    this.anyLang = pages([]);
    this.byLang = new Map([...readLanguagePreloads(webRoot)].map(([lang, words]) => [lang, pages(words)]));
    this.startByLang = readStartPages(webRoot);
    this.indexFile = shellPage(html);
  }

  /**
   * The page for a path in a language (unknown paths get the plain shell; /index.html the file as built),
   * encoded as the client prefers.
   */
  page(path: string, lang: string, acceptEncoding: string | undefined): ShellResponse {
    const normalised = path.replace(/\/+$/, "") || "/";
    const pages = this.byLang.get(lang) ?? this.anyLang;
    const shell =
      (normalised === "/index.html" ? this.indexFile : undefined) ??
      (normalised === "/" ? this.startByLang.get(lang) : undefined) ??
      pages.byPath.get(normalised) ??
      pages.plain;
    const encoding = preferredEncoding(acceptEncoding);
    return {
      body: encoding ? shell[encoding] : shell.identity,
      encoding,
      contentSecurityPolicy: shell.contentSecurityPolicy,
    };
  }
}
