import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { HttpProblem } from "./problem.ts";
import { decodeBody } from "./request-encoding.ts";

/** Deeper JSON than this is refused before anything walks it recursively (no stack overflow, no 500). */
export const MAX_JSON_DEPTH = 32;

/** application/json, any +json type (application/fhir+json), and DSTU2's application/json+fhir. */
const JSON_TYPES = /^application\/(([a-z0-9.+-]+\+)?json|json\+fhir)$/;

function tooLarge(limit: number): HttpProblem {
  return new HttpProblem({
    status: 413,
    slug: "body-too-large",
    title: "The request body is too large",
    detail: `send at most ${limit} bytes`,
  });
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** Made once: a decoder without `stream` keeps no state between calls. Fatal: bad UTF-8 is a 400, never U+FFFD. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The client closed the connection before sending the whole body: its fault, and nobody is left to answer. */
const aborted = () =>
  new HttpProblem({
    status: 400,
    slug: "request-aborted",
    title: "The request body did not arrive",
    detail: "the connection closed before the whole body was sent",
  });

/** `arrayLimit` when the first non-blank byte opens an array (a batch), else `limit`; undefined while blank. */
function capOf(bytes: Uint8Array, limit: number, arrayLimit: number): number | undefined {
  const first = bytes.find((byte: number) => !WHITESPACE.has(byte));
  return first === undefined ? undefined : first === 0x5b ? arrayLimit : limit;
}

/** A body whose length was declared, and already checked against the larger limit. */
async function readDeclared(request: Request, limit: number, arrayLimit: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(
    await request.arrayBuffer().catch(() => {
      throw aborted();
    }),
  );
  const cap = capOf(bytes, limit, arrayLimit) ?? limit;
  if (bytes.byteLength > cap) throw tooLarge(cap);
  return bytes;
}

/**
 * Reads the body, never holding more than its limit: `arrayLimit` once the first non-blank byte shows a
 * top-level array (a batch), else `limit`. A body without a declared length is read as a stream and stopped
 * as soon as it passes the limit. A compressed body (Content-Encoding gzip, deflate or br) is held to the
 * larger limit as sent and to the same limits once expanded.
 */
export async function readCapped(
  request: Request,
  limit: number,
  arrayLimit: number = limit,
): Promise<Uint8Array> {
  const encoding = request.headers.get("content-encoding");
  if (encoding === null || /^[\s,]*(identity[\s,]*)*$/i.test(encoding))
    return readPlain(request, limit, arrayLimit);
  const most = Math.max(limit, arrayLimit);
  const body = await decodeBody(await readPlain(request, most, most), encoding, most, tooLarge);
  const cap = capOf(body, limit, arrayLimit) ?? limit;
  if (body.byteLength > cap) throw tooLarge(cap);
  return body;
}

async function readPlain(request: Request, limit: number, arrayLimit: number): Promise<Uint8Array> {
  const length = request.headers.get("content-length");
  const declared = Number(length ?? "0");
  if (declared > Math.max(limit, arrayLimit)) throw tooLarge(Math.max(limit, arrayLimit));
  // A declared length bounds the read (Node's parser never passes more), so the body is read at once,
  // without a web stream; the object limit is then checked on the bytes.
  if (length !== null && Number.isSafeInteger(declared)) return readDeclared(request, limit, arrayLimit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cap: number | undefined;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw aborted();
    });
    if (done) break;
    cap ??= capOf(value, limit, arrayLimit);
    size += value.byteLength;
    if (size > (cap ?? limit)) {
      await reader.cancel();
      throw tooLarge(cap ?? limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** Nesting depth of a parsed JSON value, walked with an explicit stack. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  // Two parallel stacks (nodes and their depths) and only objects pushed: this runs on every request body.
  const nodes: object[] = [];
  const depths: number[] = [];
  if (value !== null && typeof value === "object") {
    nodes.push(value);
    depths.push(1);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(node))
      if (child !== null && typeof child === "object") {
        nodes.push(child);
        depths.push(depth + 1);
      }
  }
  return deepest;
}

/**
 * The request body as parsed JSON: 413 past `limit` bytes (`arrayLimit` for a top-level array, such as a
 * batch), 415 unless the media type is JSON (application/json or any +json type such as
 * application/fhir+json), 400 when it is not JSON.
 */
export async function readJson(c: Context<AppEnv>, limit: number, arrayLimit = limit): Promise<unknown> {
  const bytes = await readCapped(c.req.raw, limit, arrayLimit);
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!JSON_TYPES.test(mediaType)) {
    throw new HttpProblem({
      status: 415,
      slug: "unsupported-media-type",
      title: "Send JSON",
      detail: "set Content-Type to application/json (or application/fhir+json)",
      headers: { "Accept-Post": "application/json, application/fhir+json" },
    });
  }
  let text: string;
  let value: unknown;
  try {
    text = UTF8.decode(bytes);
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem({
      status: 400,
      slug: "malformed-json",
      title: "The request body is not valid JSON",
      detail: "send one UTF-8 JSON document",
    });
  }
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    throw new HttpProblem({
      status: 400,
      slug: "malformed-json",
      title: "The request body is nested too deeply",
      detail: `nest objects and arrays at most ${MAX_JSON_DEPTH} levels deep`,
    });
  }
  return value;
}
