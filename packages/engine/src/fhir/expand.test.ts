import { describe, expect, it } from "vitest";
import { messagesFor } from "../locales/index.ts";
import { LEVELS } from "../schema/vocabulary.ts";
import { expandValueSet, TERMINOLOGY_IDS, toCodeSystem } from "./terminology.ts";

const BASE = "https://clinic.example/fhir";
const timestamp = "2026-11-25T10:00:00Z";

describe("ValueSet/$expand", () => {
  it("lists every code of the CodeSystem, with displays in the language asked for", () => {
    for (const id of TERMINOLOGY_IDS) {
      const codes = toCodeSystem(id, BASE)?.concept?.map((concept) => concept.code);
      const expansion = expandValueSet(id, { base: BASE, timestamp })?.expansion;
      expect(expansion?.contains?.map((entry) => entry.code)).toEqual(codes);
      expect(expansion?.total).toBe(codes?.length);
      expect(expansion?.contains?.every((entry) => entry.system === `${BASE}/CodeSystem/${id}`)).toBe(true);
    }
    const spanish = expandValueSet("level", { base: BASE, lang: "es", timestamp })?.expansion?.contains;
    expect(spanish?.map((entry) => entry.display)).toEqual(
      LEVELS.map((level) => messagesFor("es").levels[level].short),
    );
  });

  it("filters on code or display, ignoring case and accents", () => {
    const es = messagesFor("es").levels.urgent.short;
    const filtered = expandValueSet("level", { base: BASE, lang: "es", filter: "MEDICO HOY", timestamp });
    expect(es.toLowerCase()).toContain("médico");
    expect(filtered?.expansion?.contains?.map((entry) => entry.code)).toEqual(["urgent"]);
    expect(filtered?.expansion?.parameter).toContainEqual({ name: "filter", valueString: "MEDICO HOY" });
    expect(expandValueSet("level", { base: BASE, filter: "self_", timestamp })?.expansion?.total).toBe(1);
    const nothing = expandValueSet("level", { base: BASE, filter: "zzz", timestamp })?.expansion;
    expect(nothing?.total).toBe(0);
    expect(nothing && "contains" in nothing).toBe(false);
  });

  it("knows no ValueSet it does not serve", () => {
    expect(expandValueSet("nope", { base: BASE, timestamp })).toBeUndefined();
  });
});
