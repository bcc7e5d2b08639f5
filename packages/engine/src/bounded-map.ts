/**
 * A Map that never holds more than `maxSize` entries: adding one more forgets the oldest. For caches keyed
 * by something a caller chooses (a time zone named in a request), so no input can make memory grow.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();
  readonly maxSize: number;

  constructor(maxSize: number) {
    if (!Number.isInteger(maxSize) || maxSize < 1)
      throw new RangeError("maxSize must be a whole number >= 1");
    this.maxSize = maxSize;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** The cached value for `key`, made by `make` (and kept) the first time. */
  getOrMake(key: K, make: (key: K) => V): V {
    if (this.#entries.has(key)) return this.#entries.get(key) as V;
    const value = make(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.maxSize) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    return value;
  }
}
