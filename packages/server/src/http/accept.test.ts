import { describe, expect, it } from "vitest";
import { qualities } from "./accept.ts";

const qualityOf = (accept: string | undefined, range: string) => qualities(accept).get(range) ?? 0;

describe("qualities of media ranges", () => {
  it("reads the quality of a named media range, any case, with parameters", () => {
    const accept = "Application/FHIR+json; fhirVersion=4.0; q=0.8, application/json;q=0.5, */*;q=0.1";
    expect(qualityOf(accept, "application/fhir+json")).toBe(0.8);
    expect(qualityOf(accept, "application/json")).toBe(0.5);
    expect(qualityOf(accept, "*/*")).toBe(0.1);
  });

  it("gives 0 to a range that is not named, refused with q=0, or asked of no header", () => {
    expect(qualityOf("text/html", "application/json")).toBe(0);
    expect(qualityOf("application/json;q=0", "application/json")).toBe(0);
    expect(qualityOf(undefined, "application/json")).toBe(0);
  });
});

describe("qualities", () => {
  it("keeps each named value's best quality, lower-cased, for any Accept-style header", () => {
    const named = qualities("gzip;q=0.5, BR, gzip;q=0.9, identity;q=0");
    expect([...named]).toEqual([
      ["br", 1],
      ["gzip", 0.9],
      ["identity", 0],
    ]);
    expect(qualities("es-MX, en;q=0.3").get("es-mx")).toBe(1);
    expect(qualities(undefined).size).toBe(0);
  });
});
