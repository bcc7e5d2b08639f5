/** The encodings the server has ready-made copies of, best first. */
export const ENCODINGS = ["br", "gzip"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The best encoding the client accepts (RFC 9110 §12.5.3): a listed coding with q=0 is refused; with no
 * header, identity. Wildcards are ignored: a ready-made copy is only sent to a client that names it.
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(",")) {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(coding.trim());
  }
  return ENCODINGS.find((encoding) => accepted.has(encoding));
}
