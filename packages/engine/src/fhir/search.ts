import type { Bundle, CodeSystem, Questionnaire, ValueSet } from "fhir/r4.js";
import { LANGS } from "../locales/index.ts";
import { canonical, DEFAULT_FHIR_BASE } from "./canonical.ts";
import { foldForSearch } from "./fold.ts";
import { toQuestionnaire } from "./questionnaire.ts";
import { TERMINOLOGY_IDS, toCodeSystem, toValueSet } from "./terminology.ts";

export type ConformanceResource = Questionnaire | CodeSystem | ValueSet;
export type ConformanceType = ConformanceResource["resourceType"];

/** Every resource BackTalk serves for reading and searching, by type, built from the engine's own tables. */
export function conformanceResources(
  base: string = DEFAULT_FHIR_BASE,
): Record<ConformanceType, readonly ConformanceResource[]> {
  const defined = <T>(items: readonly (T | undefined)[]): T[] => items.filter((item) => item !== undefined);
  return {
    Questionnaire: LANGS.map((lang) => toQuestionnaire(lang, { base })),
    CodeSystem: defined(TERMINOLOGY_IDS.map((id) => toCodeSystem(id, base))),
    ValueSet: defined(TERMINOLOGY_IDS.map((id) => toValueSet(id, base))),
  };
}

export const CONFORMANCE_TYPES: readonly ConformanceType[] = ["Questionnaire", "CodeSystem", "ValueSet"];

interface SearchParam {
  readonly name: string;
  readonly type: "token" | "uri" | "string";
  /** The search parameter FHIR R4 defines for this name. */
  readonly definition: string;
  /** Whether one wanted value matches the resource. */
  readonly matches: (resource: ConformanceResource, wanted: string) => boolean;
}

const R4 = "http://hl7.org/fhir/SearchParameter/";

/**
 * The search parameters served on every conformance type: the ones a form filler or terminology client uses to
 * find a resource by its canonical URL (FHIR R4 search, "conformance-*" parameters).
 */
export const SEARCH_PARAMS: readonly SearchParam[] = [
  { name: "_id", type: "token", definition: `${R4}Resource-id`, matches: (r, wanted) => r.id === wanted },
  {
    name: "url",
    type: "uri",
    definition: `${R4}conformance-url`,
    // A canonical may carry its version after a bar: ".../Questionnaire/backtalk-check-en|2026.11.1".
    matches: (r, wanted) => {
      const [url, version] = wanted.split("|");
      return r.url === url && (version === undefined || r.version === version);
    },
  },
  {
    name: "version",
    type: "token",
    definition: `${R4}conformance-version`,
    matches: (r, wanted) => r.version === wanted,
  },
  {
    name: "name",
    type: "string",
    definition: `${R4}conformance-name`,
    // FHIR string search: case- and accent-insensitive, matching the start of the value.
    matches: (r, wanted) => r.name !== undefined && foldForSearch(r.name).startsWith(foldForSearch(wanted)),
  },
  {
    name: "status",
    type: "token",
    definition: `${R4}conformance-status`,
    matches: (r, wanted) => r.status === wanted,
  },
];

export interface SearchResult {
  readonly matches: readonly ConformanceResource[];
  /** The parameters that were applied, as [name, value]; any other parameter is ignored (FHIR's lenient default). */
  readonly applied: readonly (readonly [string, string])[];
  /** `_summary=count` (or `_count=0`): the Bundle gives the total and no entries. */
  readonly countOnly: boolean;
}

/** FHIR's ways of asking for the number of matches alone. */
const isCountOnly = ([name, value]: readonly [string, string]): boolean =>
  (name === "_summary" && value === "count") || (name === "_count" && value === "0");

/**
 * FHIR search over a list of resources: each named parameter must match (AND); a comma in a value lists
 * alternatives (OR). `_summary=count` asks for the total alone. Parameters BackTalk does not support are left out of `applied`, as FHIR's lenient
 * handling asks, so the Bundle's self link shows what was really searched.
 */
export function searchResources(
  resources: readonly ConformanceResource[],
  query: readonly (readonly [string, string])[],
): SearchResult {
  const applied = query.filter(([name]) => SEARCH_PARAMS.some((param) => param.name === name));
  const matches = resources.filter((resource) =>
    applied.every(([name, value]) => {
      const param = SEARCH_PARAMS.find((candidate) => candidate.name === name) as SearchParam;
      return value.split(",").some((wanted) => param.matches(resource, wanted.trim()));
    }),
  );
  const countOnly = query.find(isCountOnly);
  return { matches, applied: countOnly ? [...applied, countOnly] : applied, countOnly: !!countOnly };
}

/** A search result as a FHIR R4 searchset Bundle, each entry under its full URL. */
export function toSearchset(
  type: ConformanceType,
  result: SearchResult,
  base: string = DEFAULT_FHIR_BASE,
): Bundle {
  const query = result.applied
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("&");
  const listed = result.countOnly ? [] : result.matches;
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: result.matches.length,
    link: [{ relation: "self", url: `${base.replace(/\/+$/, "")}/${type}${query ? `?${query}` : ""}` }],
    // FHIR JSON never carries an empty array: no matches (or a count) means no `entry` at all.
    ...(listed.length === 0
      ? {}
      : {
          entry: listed.map((resource) => ({
            fullUrl: canonical(base, type, resource.id as string),
            resource,
            search: { mode: "match" as const },
          })),
        }),
  };
}
