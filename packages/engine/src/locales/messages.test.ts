import { format, MESSAGES, pickLang, REPORT_LABELS } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { describeCatalogParity } from "../testing/catalog-parity.ts";

describeCatalogParity("engine messages", MESSAGES);
describeCatalogParity("report labels", REPORT_LABELS);

describe("locales", () => {
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
