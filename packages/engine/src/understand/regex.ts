const compiled = new Map<string, Map<string, RegExp>>();

/**
 * The regular expression for a source and flags, compiled once: lexicon sources are fixed data, and
 * compiling them again for every description cost more than running them. Callers only use `test`,
 * `matchAll` and `split`, which never depend on a shared `lastIndex`. Keyed by the source string itself
 * (whose hash the engine keeps), never by a new string built per call.
 */
export function regex(source: string, flags = ""): RegExp {
  let byFlags = compiled.get(flags);
  if (byFlags === undefined) {
    byFlags = new Map();
    compiled.set(flags, byFlags);
  }
  let re = byFlags.get(source);
  if (re === undefined) {
    re = new RegExp(source, flags);
    byFlags.set(source, re);
  }
  return re;
}
