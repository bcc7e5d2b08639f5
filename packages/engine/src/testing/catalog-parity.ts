import { DEFAULT_LANG, LANGS, type Lang } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

function leaves(tree: Tree, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  return Object.entries(tree).flatMap(([key, value]) => leaves(value as Tree, path ? `${path}.${key}` : key));
}

/** A template made only of placeholders and punctuation ("{region}, {side}") has nothing to translate. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ""));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/**
 * Every language's catalog against the default language's: the same keys, the same `{placeholders}`, and
 * longer texts translated rather than copied.
 */
export function describeCatalogParity(name: string, catalogs: Readonly<Record<Lang, unknown>>): void {
  const reference = new Map(leaves(catalogs[DEFAULT_LANG] as Tree));
  describe.each(LANGS.filter((lang) => lang !== DEFAULT_LANG))(`${name}: %s`, (lang) => {
    const other = new Map(leaves(catalogs[lang] as Tree));

    it("has exactly the default language's keys", () => {
      expect([...other.keys()].sort()).toEqual([...reference.keys()].sort());
    });

    it("keeps every placeholder", () => {
      for (const [key, text] of reference)
        expect(placeholders(other.get(key) ?? ""), key).toEqual(placeholders(text));
    });

    it("is translated, not copied (apart from names and numbers)", () => {
      const same = [...reference]
        .filter(([key, text]) => text.length > 12 && hasWords(text) && other.get(key) === text)
        .map(([key]) => key);
      expect(same).toEqual([]);
    });
  });
}
