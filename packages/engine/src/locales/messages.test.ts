import { format, MESSAGES, pickLang } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

function leaves(tree: Tree, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  return Object.entries(tree).flatMap(([key, value]) => leaves(value as Tree, path ? `${path}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("locales", () => {
  const en = new Map(leaves(MESSAGES.en as unknown as Tree));
  const es = new Map(leaves(MESSAGES.es as unknown as Tree));

  it("Spanish has exactly the English keys", () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("every translation keeps the same placeholders", () => {
    for (const [key, text] of en) expect(placeholders(es.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("texts are translated, not copied (apart from names and numbers)", () => {
    const same = [...en]
      .filter(([key, text]) => text.length > 12 && es.get(key) === text)
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it("format fills placeholders and leaves unknown ones visible", () => {
    expect(format("Call {number} now", { number: "999" })).toBe("Call 999 now");
    expect(format("Call {number}", {})).toBe("Call {number}");
  });

  it("picks the language from a tag or an Accept-Language header", () => {
    expect(pickLang("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(pickLang("fr-FR, en;q=0.5")).toBe("en");
    expect(pickLang(["de", "es"])).toBe("es");
    expect(pickLang(undefined)).toBe("en");
  });
});
