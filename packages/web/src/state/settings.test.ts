import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb } from "../storage/db.ts";
import { getKv } from "../storage/kv.ts";
import { country, emergency, lang, loadSettings, setCountry, setLang, text, ui } from "./settings.ts";

beforeEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase("backtalk");
});
afterEach(closeDb);

describe("settings", () => {
  it("follows the browser by default and sets <html lang>", async () => {
    await loadSettings();
    // happy-dom's navigator says en-US.
    expect(lang.value).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(emergency.value.emergency).toBe("911");
  });

  it("remembers a language and a country across a reload, with the engine's texts in that language", async () => {
    setLang("es");
    setCountry("GB");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await getKv("lang")).toBe("es");
    lang.value = "en";
    country.value = undefined;
    await loadSettings();
    expect(lang.value).toBe("es");
    expect(document.documentElement.lang).toBe("es");
    expect(text.value.lang).toBe("es");
    expect(ui.value.check.continue).toBe("Continuar");
    expect(emergency.value).toMatchObject({ emergency: "999", advice: "111", known: true });
  });
});
