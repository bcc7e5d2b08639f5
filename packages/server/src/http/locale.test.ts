import { describe, expect, it } from "vitest";
import { langQuery, negotiateLocale } from "./locale.ts";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["es", "es"],
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4", "es"],
    ["en;q=0.2, es;q=0.8", "es"],
    ["de, fr", "en"],
    ["es;q=0", "en"],
    [";;;,=,q=", "en"],
  ])("%j -> %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("langQuery", () => {
  it.each([
    ["es", "es"],
    ["ES", "es"],
    ["es-MX", "es"],
    ["es_419", "es"],
    ["en-GB", "en"],
    ["fr", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("?lang=%s -> %s", (value, expected) => {
    expect(langQuery(value)).toBe(expected);
  });
});
