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
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
