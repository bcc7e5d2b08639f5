import { type FactId, type FactValue, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

const read = (text: string) => understand(text, { lang: "en" });

/** A sign said by what it does, in general words, or by a carer: the reading each must give. */
const SAID_INDIRECTLY: readonly (readonly [string, FactId, FactValue])[] = [
  ["her slipper keeps falling off her left foot", "legWeakness", "one_leg"],
  ["he walks out of his shoes on the right side now", "legWeakness", "one_leg"],
  ["I can't keep my flip flops on any more", "legWeakness", "one_leg"],
  ["my nan has gone off her legs since Tuesday", "legWeakness", "both_legs"],
  ["a bit of leaking when I stand up", "bladderChange", true],
  ["I leak a little every time I cough now", "bladderChange", true],
  ["dribbling after I go, which is new", "bladderChange", true],
  ["finding stains in my pants that I didn't notice happening", "bowelIncontinence", true],
  ["poo in his underwear and he had no idea", "bowelIncontinence", true],
  ["peeing a bit of blood", "urinarySymptoms", true],
  ["blood when I wee", "urinarySymptoms", true],
  ["I feel funny down below, sort of tingly where you sit", "saddleNumbness", true],
  ["a weird feeling in my groin", "saddleNumbness", true],
  ["both his legs feel weird, kind of dead", "legNumbness", true],
  ["loss of bladder and bowel control", "bladderChange", true],
  ["loss of bladder and bowel control", "bowelIncontinence", true],
  ["I've got waterworks problems since the back went", "bladderChange", true],
  ["since his fall he has been dragging his left foot", "legWeakness", "one_leg"],
  ["his trousers were wet twice this week", "bladderChange", true],
  ["can't feel when I'm sitting on the loo whether anything is coming out", "bladderChange", true],
  ["she can't feel anything when we make love since her back injury", "sexualDysfunction", true],
  ["mum says it burns when she wees and her back is sore", "urinarySymptoms", true],
  ["the pain goes right through from my back to my belly button", "abdominalPain", true],
  ["her bottom feels like a block of ice", "saddleNumbness", true],
  ["I no can feel my leg right side", "legNumbness", true],
  ["my legs are heavy and numb since this morning", "legNumbness", true],
  ["both feet burning and tingly at night", "legNumbness", true],
  ["his left leg is sore, weak and dead", "legNumbness", true],
  ["I've lost the feeling down the outside of my left thigh", "legNumbness", true],
  ["he has lost sensation on the inside of both knees", "legNumbness", true],
  ["numb from my inner thighs right up to my groin", "saddleNumbness", true],
  ["the inside of my thighs is numb", "saddleNumbness", true],
  ["my bum cheeks and the inside of my thighs are tingly and numb", "saddleNumbness", true],
  ["lost feeling in both legs all the way up to the crotch", "saddleNumbness", true],
  ["there's no warning before I need to pee any more", "bladderChange", true],
  ["she gets no warning when she needs a wee", "bladderChange", true],
  ["when I need a wee it just leaks out before I get there", "bladderChange", true],
  ["he can't tell if he has been to the toilet or not", "bladderChange", true],
  ["I don't know whether I've been to the loo", "bladderChange", true],
  ["his legs feel like they don't belong to him", "legNumbness", true],
  ["my left foot feels like it doesn't belong to me", "legNumbness", true],
  ["pain runs down my right leg to my big toe", "legPain", "below_knee"],
  ["a zap shooting down into my little toe", "legPain", "below_knee"],
];

/** Denials in general words: each reads as a no, and none reads a sign. */
const DENIED: readonly (readonly [string, Partial<Record<FactId, FactValue>>])[] = [
  ["no waterworks issues", { bladderChange: false }],
  ["no probs with toilet stuff", { bladderChange: false, bowelIncontinence: false }],
  ["No loss of bladder or bowel control.", { bladderChange: false, bowelIncontinence: false }],
  ["no problems peeing or with my bowels", { bladderChange: false, bowelIncontinence: false }],
  ["no bladder or bowel problems", { bladderChange: false, bowelIncontinence: false }],
  ["toilet stuff is all normal", { bladderChange: false, bowelIncontinence: false }],
  ["no other problems - peeing fine, pooing fine", { bladderChange: false, bowelIncontinence: false }],
  ["no probs with toilet stuff, legs fine, just my back", { bladderChange: false, legWeakness: "none" }],
  ["my slippers don't fall off and I'm not leaking", {}],
  ["I don't pee blood", { urinarySymptoms: false }],
  ["no change to my bladder or bowel habits", { bladderChange: false, bowelIncontinence: false }],
  ["bladder's fine, bowels fine", { bladderChange: false, bowelIncontinence: false }],
  [
    "wee and poo normal, nothing down the legs",
    { bladderChange: false, bowelIncontinence: false, legPain: "none" },
  ],
  ["waterworks all good", { bladderChange: false }],
  ["no numbness in my bum cheeks", { saddleNumbness: false }],
  ["I go to the toilet normally", { bladderChange: false, bowelIncontinence: false }],
  ["nothing feels different down below", {}],
  ["I haven't lost any feeling in my legs", { legNumbness: false }],
  ["no loss of sensation in my thighs or feet", { legNumbness: false }],
  ["my feet are cold but not numb", { legNumbness: false }],
  ["I have no numbness up into my groin", { saddleNumbness: false }],
  ["I never lose the feeling when I need a wee, there's always a warning", {}],
  ["I always get plenty of warning before I need a wee", {}],
];

describe("signs said indirectly", () => {
  it.each(SAID_INDIRECTLY)("%s: %s", (text, fact, value) => {
    expect(read(text).facts[fact]).toEqual(value);
  });

  it.each(DENIED)("%s is a denial, never a sign", (text, expected) => {
    const understood = read(text);
    expect(understood.facts).toMatchObject(expected);
    expect(understood.warningSigns).toEqual([]);
  });
});

describe("a pain, not a numbness, that reaches the groin", () => {
  it("is no numb saddle", () => {
    const understood = read("numb toes, and the pain goes right up to my groin");
    expect(understood.facts.legNumbness).toBe(true);
    expect(understood.facts.saddleNumbness).toBeUndefined();
  });
});

describe("wet clothes from something else are no leak", () => {
  it.each(["my trousers were wet from the rain", "my pyjamas were soaked with sweat"])("%s", (text) => {
    expect(read(text).facts.bladderChange).toBeUndefined();
  });
});

describe("words that do not say which: both are asked", () => {
  it.each([
    "my husband keeps having accidents since he hurt his back",
    "I've been having accidents",
    "had to change my pants twice today, didn't even feel it coming",
  ])("%s", (text) => {
    const understood = read(text);
    expect(understood.uncertain).toEqual(expect.arrayContaining(["bladderChange", "bowelIncontinence"]));
    expect(understood.facts.bladderChange).toBeUndefined();
    expect(understood.facts.bowelIncontinence).toBeUndefined();
  });

  it.each([
    ["I've been having accidents with my bladder", "bladderChange", "bowelIncontinence"],
    ["I had to change my underwear twice because of poo", "bowelIncontinence", "bladderChange"],
  ] as const)("%s: said which, so the other is not asked", (text, said, other) => {
    const understood = read(text);
    expect(understood.facts[said]).toBe(true);
    expect(understood.uncertain).not.toContain(other);
  });

  it("a car accident is no doubt about the bladder", () => {
    expect(read("I keep having accidents in the car lately, back sore").uncertain).toEqual([]);
  });
});

describe("a carer's words about the saddle", () => {
  it.each([
    ["my husband has numbness in his groin", { saddleNumbness: true }],
    ["my wife has lost all feeling in her private parts since yesterday", { saddleNumbness: true }],
    [
      "my husband has lost feeling on the inside of both thighs right up to his crotch, he is 71",
      { saddleNumbness: true, age: 71 },
    ],
  ])("%s", (text, expected) => {
    expect(read(text).facts).toMatchObject(expected);
  });
});

describe("the age of the person cared for", () => {
  it.each([
    ["Writing for my mum who is 84, her back went", 84],
    ["My dad (79) fell and his legs feel weird", 79],
    ["my mother in law, 90, has gone off her legs", 90],
    ["my husband hurt his back lifting the mower, hes 71", 71],
  ])("%s", (text, age) => {
    expect(read(text).facts.age).toBe(age);
  });

  it("the person's own age wins over a relative's", () => {
    expect(read("I'm 45, my dad is 79 and I hurt my back lifting him").facts.age).toBe(45);
  });

  it("a relative's history is the person's when the text is about that relative's back", () => {
    expect(read("my nan has brittle bones and her back suddenly went").facts.osteoporosis).toBe(true);
    expect(read("My wife is on methotrexate and has had back pain for 2 weeks").facts.immunosuppressed).toBe(
      true,
    );
    expect(read("my mum has brittle bones, I hurt my back at work").facts.osteoporosis).toBeUndefined();
  });
});
