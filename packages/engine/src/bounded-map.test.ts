import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map.ts";

describe("BoundedMap", () => {
  it("makes a value once and then returns the kept one", () => {
    const cache = new BoundedMap<string, { key: string }>(4);
    let made = 0;
    const make = (key: string) => {
      made++;
      return { key };
    };
    const first = cache.getOrMake("a", make);
    expect(cache.getOrMake("a", make)).toBe(first);
    expect(made).toBe(1);
  });

  it("never holds more than its maximum size, forgetting the oldest entry first", () => {
    const cache = new BoundedMap<number, number>(3);
    for (let key = 0; key < 1000; key++) {
      cache.getOrMake(key, (k) => k * 2);
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    expect(cache.size).toBe(3);
    expect(cache.get(996)).toBeUndefined();
    expect([997, 998, 999].map((key) => cache.get(key))).toEqual([1994, 1996, 1998]);
  });

  it("rejects a maximum size that is not a whole number of at least 1", () => {
    expect(() => new BoundedMap(0)).toThrow(RangeError);
    expect(() => new BoundedMap(1.5)).toThrow(RangeError);
  });
});
