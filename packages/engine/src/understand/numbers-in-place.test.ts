import { understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

const facts = (text: string, today?: string) => understand(text, today ? { today } : {}).facts;

describe("a temperature is fever evidence, never an age", () => {
  it.each([
    ["Never had a temperature in my life, but today it's 38.6", true],
    ["38.9 this morning and my belly hurts too", true],
    ["burning up - 39.1 on the thermometer", true],
    ["101 F last night and chills", true],
    ["temp 37.4, back in spasm", false],
    ["Tengo 38,7 de temperatura y me duele la cintura", true],
    ["39 de fiebre y dolor de espalda", true],
    ["ayer tuve 38 y pico", true],
    ["el termómetro marca 37,2", false],
  ])("%s -> fever %s, no age", (text, fever) => {
    const found = facts(text);
    expect(found.fever).toBe(fever);
    expect(found.age).toBeUndefined();
  });

  it("keeps the age said beside a temperature", () => {
    expect(facts("38.9 this morning and my tummy hurts, 66 year old male")).toMatchObject({
      fever: true,
      age: 66,
      sex: "male",
    });
    expect(facts("Tengo 45 años y 38,5 de fiebre")).toMatchObject({ fever: true, age: 45 });
  });

  it("does not read a weight, a price or a length as a temperature", () => {
    for (const text of ["I weigh 38.5 kg", "me costó 39,90 euros", "I'm 38.5 weeks pregnant"]) {
      expect(facts(text).fever, text).toBeUndefined();
    }
  });
});

describe("an age needs an age cue", () => {
  it.each([
    ["I'm 45 and my back hurts", 45],
    ["45 yo, lower back", 45],
    ["45M lower back spasm", 45],
    ["45, bus driver, lower back spasm", 45],
    ["my age is 70", 70],
    ["tengo 45 años", 45],
    ["mujer de 60 años", 60],
    ["I (52) hurt my back lifting", 52],
    ["me (67M) and my back", 67],
    ["F, 52, back went", 52],
    ["m 45 back spasm for 3 days", 45],
    ["yo (52) me duele la espalda", 52],
    ["mujer, 52, dolor de espalda", 52],
    ["H 45, lumbalgia desde ayer", 45],
  ])("%s -> %i", (text, age) => {
    expect(facts(text).age).toBe(age);
  });

  it.each([
    "lower back, 45, since Monday",
    "spasm since 45 minutes ago",
    "38.9 this morning",
    "I lift 45 kg boxes",
    "Tengo dos hijos de 5 y 8 años",
    "tengo 39 de fiebre",
    "I (5) days of pain",
    "F, 2 weeks of back pain",
    "m 12 weeks of pain",
    "h 30 dias con dolor",
  ])("%s -> no age", (text) => {
    expect(facts(text).age).toBeUndefined();
  });
});

it.each([
  ["F, 52, back went", "female"],
  ["m 45 back spasm for 3 days", "male"],
] as const)("a post that opens with sex and age (%s) gives both", (text, sex) => {
  expect(facts(text).sex).toBe(sex);
});

it("points an age's evidence at the age, not at the full stop before it", () => {
  const text = "Back went on Friday. 44M";
  const age = understand(text).evidence.find((item) => item.fact === "age");
  expect(text.slice(age?.start, age?.end)).toBe("44M");
});

describe("a pain score needs a scale", () => {
  it.each([
    ["pain 7/10", 7],
    ["it's about 6 out of 10", 6],
    ["dolor 8 sobre 10", 8],
    ["le daría un 7 de 10", 7],
  ])("%s -> %i", (text, score) => {
    expect(facts(text).painScore).toBe(score);
  });

  it.each(["the pain is like a 6", "I'm 45 and it hurts", "me duele un 8", "lifted 3 boxes"])(
    "%s -> no pain score",
    (text) => {
      expect(facts(text).painScore).toBeUndefined();
    },
  );
});

describe("history is not this episode's onset", () => {
  it.each([
    ["Had a kidney stone 10 years ago. Back pain started 2 days ago", 2],
    ["had a kidney stone 10 yrs ago and now my back hurts", undefined],
    ["back surgery in 2019, this pain came on 2 weeks ago", 14],
    ["Started a new job three weeks ago and my lower back started aching 2 days ago", 2],
    ["Started a new job three weeks ago, lots of sitting", undefined],
    ["Hace 10 años tuve una hernia discal, ahora me duele desde hace 4 días", 4],
    ["Me operaron de la espalda en 2018. Este dolor empezó hace una semana", 7],
    ["Empecé en un trabajo nuevo hace tres semanas y la espalda me duele desde ayer", 1],
  ])("%s -> onset %s", (text, days) => {
    expect(facts(text).onsetDaysAgo).toBe(days);
  });

  it("does not take an old operation for a recent one", () => {
    expect(facts("back surgery in 2019").recentInfectionOrSpinalProcedure).toBeUndefined();
    expect(facts("me operaron de la espalda en 2018").recentInfectionOrSpinalProcedure).toBeUndefined();
  });
});

describe("a comparison is the course, not the onset", () => {
  it.each([
    ["It's worse than 3 days ago", "worsening"],
    ["Está peor que hace 3 días", "worsening"],
    ["it's been three weeks and it's getting worse, not better", "worsening"],
    ["la espalda va a peor, no mejora", "worsening"],
  ])("%s -> %s", (text, course) => {
    const found = facts(text);
    expect(found.course).toBe(course);
    if (!/three weeks/.test(text)) expect(found.onsetDaysAgo).toBeUndefined();
  });

  it("still reads the onset said beside the course", () => {
    expect(facts("it's been three weeks and it's getting worse, not better")).toMatchObject({
      onsetDaysAgo: 21,
      course: "worsening",
    });
  });
});

describe("the age of the relative a text is written for", () => {
  it.each([
    ["en", "my dad, who's 91, hurt his back", 91],
    ["en", "Mum (79) hurt her back and her legs are weak", 79],
    ["en", "writing for my gran. she is 84 this year and her back is sore", 84],
    ["en", "my husband is 68 and his lower back has gone", 68],
    ["en", "I'm writing for my dad, who is 91. his back hurts", 91],
    ["es", "mi madre, de 79, tiene dolor de espalda", 79],
    ["es", "mi padre (79 años) se hizo daño en la espalda", 79],
    ["es", "mi abuelo, que tiene 91, no puede caminar por la espalda", 91],
    ["es", "escribo por mi madre: ella cumple 84 este año y le duele la espalda", 84],
  ] as const)("%s: %s -> %i", (lang, text, age) => {
    expect(understand(text, { lang }).facts.age).toBe(age);
  });

  it.each([
    ["en", "my mum is 79, I hurt my back lifting her"],
    ["en", "my dad, who's 91, had a fever of 39.2 and now my back hurts from nursing him"],
    ["en", "my husband has a fever of 38.5 for 3 days, his back is sore"],
    ["en", "my son is 12 weeks old and I hurt my back lifting him"],
    ["es", "mi madre, de 79, se cayó y me hice daño al levantarla"],
    ["es", "mi padre tiene 39 de fiebre y le duele la espalda"],
    ["es", "mi hijo (3 semanas) y yo con la espalda fatal"],
  ] as const)("%s: %s -> no age", (lang, text) => {
    expect(understand(text, { lang }).facts.age).toBeUndefined();
  });
});
