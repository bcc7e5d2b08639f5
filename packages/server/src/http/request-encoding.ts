import { promisify } from "node:util";
import zlib from "node:zlib";
import { HttpProblem } from "./problem.ts";

type Decoder = (bytes: Uint8Array, maxOutputLength: number) => Promise<Buffer>;

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/**
 * Request body codings we undo (RFC 9110 §8.4), by name. "deflate" is the zlib format, but some clients send
 * raw deflate under that name, so that is tried when the zlib header is missing.
 */
const DECODERS: Readonly<Record<string, Decoder>> = {
  gzip: (bytes, max) => gunzip(bytes, { maxOutputLength: max }),
  "x-gzip": (bytes, max) => gunzip(bytes, { maxOutputLength: max }),
  deflate: (bytes, max) =>
    inflate(bytes, { maxOutputLength: max }).catch((error: unknown) => {
      if (isTooLarge(error)) throw error;
      return inflateRaw(bytes, { maxOutputLength: max });
    }),
  br: (bytes, max) => brotli(bytes, { maxOutputLength: max }),
};

/** What a 415 for an unknown coding advertises (RFC 9110 §12.5.3: Accept-Encoding in the response). */
export const ACCEPTED_REQUEST_ENCODINGS = "gzip, deflate, br";

const isTooLarge = (error: unknown): boolean =>
  error instanceof RangeError || (error as { code?: unknown } | null)?.code === "ERR_BUFFER_TOO_LARGE";

/** The codings a Content-Encoding header lists, in the order they were applied; identity dropped. */
function codingsOf(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
}

/**
 * Undoes the Content-Encoding of a request body (gzip, deflate, br, or several in turn), never producing
 * more than `limit` bytes (so a small compressed body cannot expand into a huge one): 415 naming the codings
 * we read for any other, 413 past the limit, 400 when the bytes are not in the coding the header names.
 */
export async function decodeBody(
  bytes: Uint8Array,
  header: string | undefined,
  limit: number,
  tooLarge: (limit: number) => HttpProblem,
): Promise<Uint8Array> {
  const codings = codingsOf(header);
  const unknown = codings.find((coding) => !Object.hasOwn(DECODERS, coding));
  if (unknown !== undefined) {
    throw new HttpProblem({
      status: 415,
      slug: "unsupported-content-encoding",
      title: "This body coding is not read here",
      detail: `Content-Encoding "${unknown.slice(0, 40)}" is not supported; send the body as is, or with Content-Encoding ${ACCEPTED_REQUEST_ENCODINGS}`,
      headers: { "Accept-Encoding": ACCEPTED_REQUEST_ENCODINGS },
    });
  }
  let body = bytes;
  for (const coding of codings.reverse()) {
    if (body.byteLength === 0) break;
    try {
      body = await (DECODERS[coding] as Decoder)(body, limit);
    } catch (error) {
      if (isTooLarge(error)) throw tooLarge(limit);
      throw new HttpProblem({
        status: 400,
        slug: "malformed-content-encoding",
        title: "The request body is not in the coding it names",
        detail: `Content-Encoding says ${coding}, but the body is not valid ${coding} data; send it as is without Content-Encoding, or compress it with ${coding}`,
      });
    }
  }
  return body;
}
