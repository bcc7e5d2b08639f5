import { understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

describe("words that only add force", () => {
  it.each([
    ["en", "I cant really tell if my bladder is full", "bladderChange", true],
    ["en", "it's really really numb down there", "saddleNumbness", true],
    ["en", "my legs are absolutely so very weak", "legWeakness", "both_legs"],
    ["es", "orino muy seguido y con sangre", "urinarySymptoms", true],
    ["es", "re dormida la cola", "saddleNumbness", true],
  ] as const)("%s: %s", (lang, text, fact, value) => {
    expect(understand(text, { lang }).facts[fact]).toBe(value);
  });

  it("keeps doubt and points the evidence at what the person typed", () => {
    expect(understand("not really sure if I have a fever", { lang: "en" }).uncertain).toContain("fever");
    const text = "I cant really tell if my bladder is full";
    const [evidence] = understand(text, { lang: "en" }).evidence;
    expect(evidence && text.slice(evidence.start, evidence.end)).toContain("really");
  });
});
