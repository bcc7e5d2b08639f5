/**
 * Which descriptions of the data set are held out: a third, chosen by a hash of the text so the choice is
 * fixed before any tuning and cannot be steered by what a description says. A description that echoes an
 * example already known while the lexicon was written (`knownExample`) always stays in the tuning set.
 */
export function isHeldOut(text: string, knownExample = false): boolean {
  return !knownExample && fnv1a(text) % 3 === 0;
}

/** 32-bit FNV-1a over the UTF-8 bytes: small, stable and the same in every runtime. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The UTF-8 bytes of a string (the engine runs without DOM or Node APIs, so without TextEncoder). */
function* utf8(text: string): Generator<number> {
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) yield code;
    else if (code < 0x800) yield* [0xc0 | (code >> 6), 0x80 | (code & 63)];
    else if (code < 0x10000) yield* [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    else {
      yield* [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    }
  }
}
