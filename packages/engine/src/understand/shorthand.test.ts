import { understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

const read = (text: string) => understand(text, { lang: "en", today: "2026-12-07" }).facts;

/** How nurses, carers and people copying a doctor's letter write: the shorthand is written out before reading. */
describe("clinical shorthand in English", () => {
  it("denies with w/o, nil and neg for, as with the words written out", () => {
    expect(read("back spasm w/o fever")).toMatchObject({ fever: false });
    expect(read("w/o any bladder or bowel change")).toMatchObject({
      bladderChange: false,
      bowelIncontinence: false,
    });
    expect(read("nil bladder or bowel issues, nil numbness")).toMatchObject({
      bladderChange: false,
      bowelIncontinence: false,
    });
    expect(read("neg for fever, neg for weight loss")).toMatchObject({ fever: false, weightLoss: false });
    expect(read("no f/c")).toMatchObject({ fever: false });
    // A form's "none" with a time after it is still a denial.
    expect(read("fever: none now")).toMatchObject({ fever: false });
    expect(read("fever - none at the moment")).toMatchObject({ fever: false });
    // "Not now" may hide a fever of yesterday ("fever: not now, but I had one yesterday"): not a denial.
    expect(read("fever: not now, but I had one yesterday")).toMatchObject({ fever: true });
  });

  it("reads signs said with shorthand", () => {
    expect(read("LBP, now b/l LE numbness")).toMatchObject({ legNumbness: true, legPainBothSides: true });
    expect(read("bilateral leg weakness")).toMatchObject({ legWeakness: "both_legs" });
    expect(read("pain radiating bilaterally to the calves")).toMatchObject({
      legPain: "below_knee",
      legPainBothSides: true,
    });
    expect(read("unable to void since this morning")).toMatchObject({ bladderChange: true });
    expect(read("difficulty voiding")).toMatchObject({ bladderChange: true });
    expect(read("Hx prostate ca 2018")).toMatchObject({ cancerHistory: true });
    expect(read("h/o lung ca")).toMatchObject({ cancerHistory: true });
    expect(read("colorectal ca w/ liver mets")).toMatchObject({ cancerHistory: true });
    expect(read("unintentional wt loss 6kg")).toMatchObject({ weightLoss: true });
    expect(read("numb perianal area")).toMatchObject({ saddleNumbness: true });
  });

  it("keeps a guessed height a height: roughly, approx, at least", () => {
    for (const text of [
      "s/p fall from roughly 2 metres",
      "fell approx 12 ft off scaffolding",
      "fell at least 3 m",
    ])
      expect(read(text), text).toMatchObject({ onsetTrigger: "major_trauma" });
    expect(read("fell over about 10 minutes ago").onsetTrigger).toBe("minor_trauma");
  });

  it("leaves words that only look like shorthand alone, and still corrects typos between slashes", () => {
    expect(read("I'll be fine, no numbness")).toEqual({ legNumbness: false });
    expect(read("avoid lifting for now")).not.toHaveProperty("bladderChange");
    expect(read("numbnes/tinglin in both feet")).toMatchObject({ legNumbness: true });
    expect(read("the cat sat on my legs").legWeakness).toBeUndefined();
  });
});

describe("inability however it is said", () => {
  it.each([
    ["I haven't been able to pee", "bladderChange", true],
    ["wasn't able to pee this morning", "bladderChange", true],
    ["I've not been able to go for a wee all day", "bladderChange", true],
    ["haven't been able to feel my bum", "saddleNumbness", true],
    ["not been able to lift my foot", "legWeakness", "one_leg"],
  ] as const)("%s", (text, fact, value) => {
    expect(read(text)[fact]).toBe(value);
  });
});
