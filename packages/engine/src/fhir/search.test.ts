import { describe, expect, it } from "vitest";
import { toCapabilityStatement } from "./capability.ts";
import {
  CONFORMANCE_TYPES,
  conformanceResources,
  SEARCH_PARAMS,
  searchResources,
  toSearchset,
} from "./search.ts";

const BASE = "https://clinic.example/fhir";
const resources = conformanceResources(BASE);
const ids = (query: [string, string][], type: (typeof CONFORMANCE_TYPES)[number] = "Questionnaire") =>
  searchResources(resources[type], query).matches.map((resource) => resource.id);

describe("FHIR search over BackTalk's conformance resources", () => {
  it("finds a Questionnaire by its canonical URL, with or without its version", () => {
    const english = resources.Questionnaire.find((q) => q.id === "backtalk-check-en");
    expect(english?.url).toBe(`${BASE}/Questionnaire/backtalk-check-en`);
    expect(ids([["url", english?.url as string]])).toEqual(["backtalk-check-en"]);
    expect(ids([["url", `${english?.url}|${english?.version}`]])).toEqual(["backtalk-check-en"]);
    expect(ids([["url", `${english?.url}|0.0.0`]])).toEqual([]);
    expect(ids([["url", "https://elsewhere.example/fhir/Questionnaire/backtalk-check-en"]])).toEqual([]);
  });

  it("ANDs parameters, ORs comma-separated values, and matches names from their start without case or accents", () => {
    expect(ids([["_id", "backtalk-check-en,backtalk-check-es"]])).toEqual([
      "backtalk-check-en",
      "backtalk-check-es",
    ]);
    expect(
      ids([
        ["_id", "backtalk-check-en"],
        ["status", "retired"],
      ]),
    ).toEqual([]);
    const levelName = resources.CodeSystem.find((c) => c.id === "level")?.name as string;
    expect(ids([["name", levelName.slice(0, 4).toUpperCase()]], "CodeSystem")).toContain("level");
    expect(ids([["_id", "level"]], "ValueSet")).toEqual(["level"]);
  });

  it("ignores parameters it does not support and leaves them out of the self link", () => {
    const result = searchResources(resources.ValueSet, [
      ["_count", "1"],
      ["_id", "level"],
    ]);
    expect(result.applied).toEqual([["_id", "level"]]);
    const bundle = toSearchset("ValueSet", result, `${BASE}/`);
    expect(bundle.link?.[0]?.url).toBe(`${BASE}/ValueSet?_id=level`);
    expect(bundle.entry?.map((entry) => entry.fullUrl)).toEqual([`${BASE}/ValueSet/level`]);
    expect(bundle.entry?.[0]?.search?.mode).toBe("match");
  });

  it.each([
    ["_summary", "count"],
    ["_count", "0"],
  ] as const)("%s=%s gives the total of the matches and no entries", (name, value) => {
    const result = searchResources(resources.CodeSystem, [
      ["status", "active"],
      [name, value],
    ]);
    const bundle = toSearchset("CodeSystem", result, BASE);
    expect(bundle.total).toBe(resources.CodeSystem.filter((c) => c.status === "active").length);
    expect(bundle.total).toBeGreaterThan(0);
    expect(bundle.entry).toBeUndefined();
    expect(bundle.link?.[0]?.url).toBe(`${BASE}/CodeSystem?status=active&${name}=${value}`);
  });

  it("with no parameters returns every resource of the type, and says so in its total", () => {
    for (const type of CONFORMANCE_TYPES) {
      const bundle = toSearchset(type, searchResources(resources[type], []), BASE);
      expect(bundle.total).toBe(resources[type].length);
      expect(bundle.entry?.every((entry) => entry.resource?.resourceType === type)).toBe(true);
    }
  });

  it("the CapabilityStatement names search on every type with the parameters served", () => {
    const served = toCapabilityStatement(BASE).rest?.[0]?.resource ?? [];
    expect(served.map((resource) => resource.type).sort()).toEqual([...CONFORMANCE_TYPES].sort());
    for (const resource of served) {
      expect(resource.interaction?.map((interaction) => interaction.code)).toContain("search-type");
      expect(resource.searchParam?.map((param) => param.name)).toEqual(
        SEARCH_PARAMS.map((param) => param.name),
      );
    }
  });
});
