import { qualities } from "./accept.ts";

/** The encodings the server has ready-made copies of, best first. */
export const ENCODINGS = ["br", "gzip"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The best encoding the client accepts (RFC 9110 §12.5.3): a listed coding with q=0 is refused; with no
 * header, identity. Wildcards are ignored: a ready-made copy is only sent to a client that names it.
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = qualities(acceptEncoding);
  return ENCODINGS.find((encoding) => (accepted.get(encoding) ?? 0) > 0);
}
