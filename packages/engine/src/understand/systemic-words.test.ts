import { type FactId, type FactValue, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

type Case = readonly [text: string, fact: FactId, value: FactValue | undefined];

/**
 * Each row: one member of a family of ways people tell their history, a fever, a heavy fall or a changed back in
 * everyday English, and the reading it must give (undefined: nothing is read).
 */
const FAMILIES: Record<string, readonly Case[]> = {
  "a bike of any kind crashed, a temperature without its article, urine coloured like blood": [
    ["crashed my mountain bike going downhill at speed", "onsetTrigger", "major_trauma"],
    ["wrecked my road bike on the descent", "onsetTrigger", "major_trauma"],
    ["bit of a temperature since last night", "fever", true],
    ["my pee is pinkish, like there's blood in it", "urinarySymptoms", true],
    ["wee is dark, I haven't drunk much", "urinarySymptoms", undefined],
  ],
  "a noun's state said with a contraction or in full": [
    ["my tummy's fine, it's the back that hurts", "abdominalPain", false],
    ["stomach feels fine", "abdominalPain", false],
    ["temp's normal", "fever", false],
    ["my weight's stable", "weightLoss", false],
    ["my immune system's fine", "immunosuppressed", false],
  ],
  "a cancer told by a euphemism, its operation or its medicine": [
    ["I had the big C ten years ago", "cancerHistory", true],
    ["prostate treatment 3 yrs ago (radiation)", "cancerHistory", true],
    ["breast radiotherapy in 2020", "cancerHistory", true],
    ["had a lumpectomy in 2015", "cancerHistory", true],
    ["still on letrozole", "cancerHistory", true],
    ["had a lump removed from my breast", "cancerHistory", true],
    ["had a lump removed, it was benign", "cancerHistory", undefined],
  ],
  "a weak immune system told by its medicine": [
    ["on Enbrel for my arthritis", "immunosuppressed", true],
    ["I take immune suppressing drugs", "immunosuppressed", true],
    ["I don't take steroids or any immune drugs", "immunosuppressed", false],
  ],
  "injecting drugs told without naming them": [
    ["ex-user, used to inject, clean now", "ivDrugUse", true],
    ["recovering heroin addict", "ivDrugUse", true],
    ["I inject my own testosterone weekly", "ivDrugUse", undefined],
    ["I inject insulin twice a day", "ivDrugUse", undefined],
    ["never injected anything", "ivDrugUse", false],
    ["I've never injected anything", "ivDrugUse", false],
  ],
  "thin bones told by a scan or a medicine": [
    ["my xray showed thinning of the bones", "osteoporosis", true],
    ["my bone density scan came back low", "osteoporosis", true],
    ["on alendronic acid once a week", "osteoporosis", true],
    ["had a Prolia injection in June", "osteoporosis", true],
  ],
  "a fever told by shaking or sweating": [
    ["shaking like a leaf and sweating buckets", "fever", true],
    ["my teeth were chattering under two duvets", "fever", true],
    ["sweating all night, sheets wet through", "fever", true],
    ["I couldn't stop shivering", "fever", true],
  ],
  "clammy beside a fever is the fever's": [
    ["feverish and clammy", "chestSymptoms", undefined],
    ["chest feels tight and I'm clammy", "chestSymptoms", true],
  ],
  "a heavy fall from a high place, an animal, or down a flight of stairs": [
    ["fell from the hayloft onto concrete", "onsetTrigger", "major_trauma"],
    ["came off the back of a trailer", "onsetTrigger", "major_trauma"],
    ["my horse spooked and threw me", "onsetTrigger", "major_trauma"],
    ["had a bad tumble down the stairs", "onsetTrigger", "major_trauma"],
    ["went head first down the stairs", "onsetTrigger", "major_trauma"],
  ],
  "a spinal procedure besides an epidural or surgery": [
    ["had a spinal anaesthetic for my knee op", "recentInfectionOrSpinalProcedure", true],
    ["vertebroplasty last month", "recentInfectionOrSpinalProcedure", true],
    ["radiofrequency ablation on my facet joints two weeks ago", "recentInfectionOrSpinalProcedure", true],
    ["a nerve root block 20 years ago", "recentInfectionOrSpinalProcedure", undefined],
  ],
  "a back changed in shape": [
    ["there's a bit of a curve in my back that wasn't there before", "backLumpOrDeformity", true],
    ["my spine is curving to one side", "backLumpOrDeformity", true],
  ],
  "weight lost told by clothes": [
    ["dropped a dress size and I'm not even trying", "weightLoss", true],
    ["my jeans are hanging off me", "weightLoss", true],
    ["dropped a dress size on my diet", "weightLoss", undefined],
  ],
  "a contraction before the words between two parts": [
    ["my stomach's been churning and crampy", "abdominalPain", true],
  ],
  "the belly named with its side": [
    ["the pain wraps around my side into my lower belly", "abdominalPain", true],
  ],
  "peeing said as passing water or going to the loo": [
    ["a burning when I pass water", "urinarySymptoms", true],
    ["it stings every time I go to the loo", "urinarySymptoms", true],
    ["weeing loads more than normal", "urinarySymptoms", true],
  ],
  "a urine infection by its everyday names": [
    ["got a water infection", "urinarySymptoms", true],
    ["got a water infection", "recentInfectionOrSpinalProcedure", undefined],
    ["kidney infection, on antibiotics", "urinarySymptoms", true],
  ],
  "a fever's heat and cold in turn": [
    ["hot one minute freezing the next", "fever", true],
    ["back pain and shivers", "fever", true],
    ["I use a hot water bottle then a cold pack", "fever", undefined],
  ],
  "weight lost with a word inserted": [["the weight is just falling off me", "weightLoss", true]],
  "bones likened to something that breaks": [["my bones are like glass", "osteoporosis", true]],
  "a spine that looks bent or has lost height": [
    ["my back looks hunched now", "backLumpOrDeformity", true],
    ["I've shrunk 2 inches", "backLumpOrDeformity", true],
    ["lost 2 inches off my waist", "backLumpOrDeformity", undefined],
  ],
  "lumps and bumps in the plural, denied": [["no lumps or bumps on my back", "backLumpOrDeformity", false]],
  "a road crash told by what the car did": [
    ["I got shunted from behind on the M6", "onsetTrigger", "major_trauma"],
    ["the airbags went off", "onsetTrigger", "major_trauma"],
    ["we were in a bus that went off the road", "onsetTrigger", "major_trauma"],
    ["I got shunted to another department", "onsetTrigger", undefined],
  ],
  "a rider off any kind of bike, and a big animal's blow": [
    ["he came off his pushbike at speed", "onsetTrigger", "major_trauma"],
    ["a cow knocked me over in the yard", "onsetTrigger", "major_trauma"],
    ["kicked by a horse", "onsetTrigger", "major_trauma"],
  ],
  "a fall at standing height told as lost footing": [
    ["she lost her footing on the kerb", "onsetTrigger", "minor_trauma"],
    ["missed the last step", "onsetTrigger", "minor_trauma"],
  ],
  "texting forms of a night sweat": [["i been sweatin thru my sheets every nite", "fever", true]],
  "the chest named by its bone, breath called puff, and a chest said to be fine": [
    ["a crushing feeling behind my breastbone", "chestSymptoms", true],
    ["I'm a bit short of puff", "chestSymptoms", true],
    ["chest is fine, breathing is fine", "chestSymptoms", false],
    ["burning in my chest after food", "chestSymptoms", undefined],
  ],
  "a part of the belly named before it": [["pain in the upper left of my stomach", "abdominalPain", true]],
  "peeing often in short units, and urine of a strange colour": [
    ["peeing like every 20 mins and it burns", "urinarySymptoms", true],
    ["my wee's a funny colour, like cola", "urinarySymptoms", true],
  ],
  "an infection by any form of its word": [
    ["the dentist took out an abscessed tooth", "recentInfectionOrSpinalProcedure", true],
    ["No recent surgery or injections", "recentInfectionOrSpinalProcedure", false],
  ],
  "drug use denied, or heroin not injected": [
    ["I used heroin and crack, smoked it, never injected", "ivDrugUse", false],
    ["ive never touched needles or drugs", "ivDrugUse", false],
    ["I injected heroin for years", "ivDrugUse", true],
  ],
  "a weak immune system denied in more words": [
    ["not on anything for my immune system", "immunosuppressed", false],
  ],
  "weight lost said in weight units": [["Lost my appetite and a stone in weight", "weightLoss", true]],
  "a bone of the back standing out, a dip, a named hump": [
    ["one of the bones in my back sticks out more than it used to", "backLumpOrDeformity", true],
    ["there's a dip in my lower back that wasn't there before", "backLumpOrDeformity", true],
    ["My doctor said I have a dowager's hump", "backLumpOrDeformity", true],
    ["took a dip in the back garden pool", "backLumpOrDeformity", undefined],
  ],
  "falls and crashes in UK and Australian words": [
    ["came a cropper off the trail bike", "onsetTrigger", "major_trauma"],
    ["had a prang in the car on Friday", "onsetTrigger", "major_trauma"],
    ["got flattened by a wave bodyboarding", "onsetTrigger", "major_trauma"],
    ["I missed my footing on the garden step", "onsetTrigger", "minor_trauma"],
  ],
};

describe("everyday words for history, fever, heavy falls and a changed back", () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      it.each(cases)("%s -> %s = %s", (text, fact, value) => {
        expect(understand(text, { lang: "en" }).facts[fact]).toEqual(value);
      });
    });
  }
});

describe("the history of the relative a text is written for", () => {
  it("is the person's: 'my father is 88, has brittle bones'", () => {
    expect(understand("my father is 88, has brittle bones, had a fall").facts.osteoporosis).toBe(true);
  });

  it("is the person's when the relative's age follows in brackets: 'my mother (79) takes Fosamax'", () => {
    expect(understand("my mother (79) takes Fosamax").facts.osteoporosis).toBe(true);
  });

  it("stays another relative's: 'writing for my dad, my mum had breast cancer'", () => {
    expect(understand("writing for my dad, my mum had breast cancer").facts.cancerHistory).toBeUndefined();
  });

  it("is the person's when their back is named: 'my dad's back is bad, my dad had bowel cancer'", () => {
    expect(understand("my dad's back is bad, my dad had bowel cancer").facts.cancerHistory).toBe(true);
  });

  it("stays another relative's: 'my husband's back is bad, my mum had cancer'", () => {
    expect(understand("my husband's back is bad, my mum had cancer").facts.cancerHistory).toBeUndefined();
  });
});
