import { emergencyNumbersFor, FALLBACK_EMERGENCY_NUMBER } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { chooseCountry, chooseLang, countryOptions, emergencyFor, OTHER_COUNTRY } from "./preferences.ts";

describe("language choice", () => {
  it("keeps the remembered language", () => {
    expect(chooseLang("es", ["en-US"])).toBe("es");
  });
  it("defaults to the browser's first English or Spanish preference", () => {
    expect(chooseLang(undefined, ["de-DE", "es-MX", "en"])).toBe("es");
    expect(chooseLang(undefined, ["fr-FR"])).toBe("en");
  });
  it("ignores a stored value that is not a language", () => {
    expect(chooseLang("klingon", ["es-ES"])).toBe("es");
  });
});

describe("emergency number choice", () => {
  it("takes the region of the browser's language", () => {
    expect(chooseCountry(undefined, ["en-GB"])).toBe("GB");
    expect(emergencyFor(chooseCountry(undefined, ["en-GB"])).emergency).toBe("999");
    expect(emergencyFor(chooseCountry(undefined, ["es-MX"])).emergency).toBe("911");
    expect(emergencyFor(chooseCountry(undefined, ["en-AU"])).emergency).toBe("000");
  });
  it("prefers the person's own choice over the browser", () => {
    expect(chooseCountry("ES", ["en-US"])).toBe("ES");
    expect(emergencyFor("ES")).toEqual(emergencyNumbersFor("ES"));
  });
  it("uses the engine's fallback when the country is unknown or 'other'", () => {
    expect(chooseCountry(undefined, ["es", "en"])).toBeUndefined();
    expect(emergencyFor(undefined)).toEqual({ emergency: FALLBACK_EMERGENCY_NUMBER, known: false });
    expect(emergencyFor(OTHER_COUNTRY)).toEqual({ emergency: FALLBACK_EMERGENCY_NUMBER, known: false });
  });
  it("offers every country of the engine's table, named in the UI language", () => {
    const options = countryOptions("es");
    expect(options.find((option) => option.code === "DE")?.name).toBe("Alemania");
    expect(options).toHaveLength(countryOptions("en").length);
  });
});
