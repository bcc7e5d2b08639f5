import { assess, type FactId, type Facts, mergeUnderstood, parseFacts, understand } from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NEGATIVE_FACTS } from "../testing/negative-facts.ts";

describe("mergeUnderstood", () => {
  it("never changes an answer the person gave", () => {
    const understood = understand("fever and chills, lower back, 9/10, I'm 70");
    const merged = mergeUnderstood({ fever: false, region: ["upper_back"], age: 40 }, understood, ["fever"]);
    expect(merged).toMatchObject({ fever: false, region: ["upper_back"], age: 40, painScore: 9 });
  });

  it("keeps every existing answer, whatever the text says", () => {
    const texts = [
      "I can't pee, numb down there, legs giving out, car crash, fever, cancer, 10/10, I'm 80",
      "no fever, no numbness, no leg pain, bladder fine, moving fine, 2/10",
      "me caí de una escalera, tengo fiebre y no siento al orinar",
    ];
    const facts = Object.keys(NEGATIVE_FACTS) as FactId[];
    fc.assert(
      fc.property(fc.subarray(facts), fc.constantFrom(...texts), (chosen, text) => {
        const existing = parseFacts(Object.fromEntries(chosen.map((fact) => [fact, NEGATIVE_FACTS[fact]])));
        const understood = understand(text);
        const merged = mergeUnderstood(existing, understood, [...understood.warningSigns]);
        for (const fact of chosen) expect(merged[fact]).toEqual(existing[fact]);
      }),
      { numRuns: 150 },
    );
  });

  it("adds a warning sign from text only once it is confirmed", () => {
    const understood = understand("I can't pee and my lower back is in spasm");
    expect(understood.warningSigns).toEqual(["bladderChange"]);
    expect(mergeUnderstood({}, understood)).toEqual({ region: ["lower_back"] });
    const confirmed = mergeUnderstood({}, understood, ["bladderChange"]);
    expect(confirmed).toEqual({ region: ["lower_back"], bladderChange: true });
    expect(assess(confirmed).level).toBe("emergency");
  });

  it("adds explicit denials and other facts at once, and leaves the rest unknown", () => {
    const merged: Facts = mergeUnderstood(
      {},
      understand("No fever, no numbness down there. Lower back, 4/10."),
    );
    expect(merged).toEqual({ fever: false, saddleNumbness: false, region: ["lower_back"], painScore: 4 });
    expect(merged.bladderChange).toBeUndefined();
  });
});
