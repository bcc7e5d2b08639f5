import { countryFromLocale, EMERGENCY_NUMBERS, emergencyNumbersFor } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

describe("emergency numbers (spec/clinical-brief.md §6.1)", () => {
  it.each([
    ["US", "911"],
    ["CA", "911"],
    ["GB", "999"],
    ["AU", "000"],
    ["NZ", "111"],
    ["DE", "112"],
    ["ES", "112"],
    ["FR", "112"],
    ["MX", "911"],
    ["JP", "119"],
    ["IN", "112"],
  ])("%s: %s", (country, number) => {
    expect(emergencyNumbersFor(country)).toMatchObject({ emergency: number, known: true });
  });

  it("gives 112 and says the country is unknown when it is not in the table", () => {
    expect(emergencyNumbersFor(undefined)).toEqual({ emergency: "112", known: false });
    expect(emergencyNumbersFor("ZZ")).toEqual({ emergency: "112", known: false });
  });

  it("knows the advice lines where the brief names them", () => {
    expect(emergencyNumbersFor("GB").advice).toBe("111");
    expect(emergencyNumbersFor("CA").advice).toBe("811");
  });

  it("every entry is a dialable number", () => {
    for (const [country, numbers] of Object.entries(EMERGENCY_NUMBERS)) {
      expect(numbers.emergency, country).toMatch(/^\d{3,5}$/);
    }
  });

  it("reads the country from a language tag", () => {
    expect(countryFromLocale("es-MX")).toBe("MX");
    expect(countryFromLocale("en_GB")).toBe("GB");
    expect(countryFromLocale("zh-Hant-TW")).toBe("TW");
    expect(countryFromLocale("es")).toBeUndefined();
    expect(countryFromLocale(undefined)).toBeUndefined();
  });
});
