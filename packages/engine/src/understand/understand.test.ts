import { type FactId, parseFacts, understand } from "@backtalk/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const facts = (text: string, today?: string) => understand(text, today ? { today } : {}).facts;

describe("negation and its scope", () => {
  it.each([
    ["no fever", { fever: false }],
    ["I haven't lost control of my bladder", { bladderChange: false }],
    ["No fever, chills or night sweats.", { fever: false }],
    ["sin fiebre", { fever: false }],
    ["No tengo fiebre ni escalofríos", { fever: false }],
    ["Nunca he tenido cáncer", { cancerHistory: false }],
    ["Fever: no. Chest pain: none.", { fever: false, chestSymptoms: false }],
    ["Fiebre no.", { fever: false }],
    ["My leg isn't weak", { legWeakness: "none" }],
    ["my legs feel strong", { legWeakness: "none" }],
    ["zero issues with my bladder", { bladderChange: false }],
    ["fever free for a week", { fever: false }],
    ["fever-free, numbness free", { fever: false }],
    ["free from any numbness", { legNumbness: false }],
    ["cancer free for 3 years", { cancerHistory: true }],
    ["cero problemas con la vejiga", { bladderChange: false }],
    ["libre de fiebre; fiebre ninguna", { fever: false }],
    ["s/ fiebre", { fever: false }],
    ["libre de cáncer desde hace 5 años", { cancerHistory: true }],
  ])("%s", (text, expected) => {
    expect(facts(text)).toMatchObject(expected);
  });

  it('"no leg pain" sets legPain to none and nothing else about the legs', () => {
    for (const text of [
      "no leg pain",
      "No pain in my legs",
      "sin dolor en las piernas",
      "nothing goes down my legs",
    ]) {
      const found = facts(text);
      expect(found.legPain, text).toBe("none");
      expect(found.legPainBothSides, text).toBeUndefined();
      expect(found.legNumbness, text).toBeUndefined();
      expect(found.legWeakness, text).toBeUndefined();
    }
  });

  it("a denial does not reach past 'but', a new subject, or a list that repeats its cue", () => {
    expect(facts("no fever but I have chills").fever).toBe(true);
    expect(facts("No, I can't pee").bladderChange).toBe(true);
    expect(facts("I can't walk and I'm numb down there").saddleNumbness).toBe(true);
    expect(facts("No fever, no chills, numb down there").saddleNumbness).toBe(true);
    expect(facts("No fever. Numb down there.").saddleNumbness).toBe(true);
    expect(facts("no big deal, moving fine").mobility).toBe("normal");
    expect(facts("no puedo moverme, tuve un accidente de tráfico").onsetTrigger).toBe("major_trauma");
  });

  it("a denial that is part of the words keeps their meaning", () => {
    expect(facts("not getting any better").course).toBe("unchanged");
    expect(facts("no siento al orinar").bladderChange).toBe(true);
    expect(facts("I can't lift my toes").legWeakness).toBe("one_leg");
  });
});

describe("doubt", () => {
  it.each([
    ["not sure if I have a fever", "fever"],
    ["Maybe a little numb down there?", "saddleNumbness"],
    ["no sé si tengo fiebre", "fever"],
    ["creo que tengo fiebre", "fever"],
    ["I have a UTI I think", "urinarySymptoms"],
    ["Could this be a fever?", "fever"],
    // Feared, asked about or warned of: asked, never assumed.
    ["I read that numbness down there is an emergency", "saddleNumbness"],
    ["the doctor said to watch for numbness in the groin", "saddleNumbness"],
    ["they told me to come back if I can't pee", "bladderChange"],
    ["in case I get bladder problems, what do I do", "bladderChange"],
    ["me dijeron que volviera si no puedo orinar", "bladderChange"],
    ["leí que el adormecimiento ahí abajo es urgente", "saddleNumbness"],
    ["por si pierdo el control de la vejiga", "bladderChange"],
  ] as const)("%s: unknown, listed as uncertain", (text, fact: FactId) => {
    const understood = understand(text);
    expect(understood.facts[fact]).toBeUndefined();
    expect(understood.uncertain).toContain(fact);
    expect(understood.warningSigns).not.toContain(fact);
  });

  it("a definite mention wins over a doubtful one", () => {
    const understood = understand("I don't think I have a fever but I've been sweating a lot at night");
    expect(understood.facts.fever).toBe(true);
    expect(understood.uncertain).not.toContain("fever");
  });

  it("a number stays the person's estimate", () => {
    expect(facts("maybe a 5/10").painScore).toBe(5);
  });
});

describe("time", () => {
  it.each([
    ["lower back spasm 3 days ago", undefined, 3],
    ["back spasm since Saturday", "2025-03-11", 3],
    ["back spasm since Monday", "2025-03-10", 7],
    ["back pain for about a month", undefined, 30],
    ["it's been two weeks of back pain", undefined, 14],
    ["me duele la espalda desde hace dos semanas", undefined, 14],
    ["dolor lumbar desde el lunes", "2025-03-12", 2],
    ["my back went out yesterday", undefined, 1],
    ["me duele la espalda desde ayer", undefined, 1],
    ["this morning my lower back seized", undefined, 0],
    ["lumbago hace una semana y media", undefined, 11],
  ])("%s (today %s) -> %i days", (text, today, days) => {
    expect(facts(text, today).onsetDaysAgo).toBe(days);
  });

  it("a weekday without today's date stays unknown", () => {
    expect(facts("back spasm since Saturday").onsetDaysAgo).toBeUndefined();
  });

  it("the time of an earlier illness or of self-care is not the onset", () => {
    expect(facts("I had lymphoma 8 years ago. Lower back spasm for 2 days.")).toMatchObject({
      cancerHistory: true,
      onsetDaysAgo: 2,
    });
    expect(facts("Back spasm 5 weeks ago. I've tried ice and walking for a couple of weeks.")).toMatchObject({
      onsetDaysAgo: 35,
      selfCareDays: 14,
    });
    expect(facts("Fever since last night.").onsetDaysAgo).toBeUndefined();
  });

  it("a vague amount is not a number of days", () => {
    expect(facts("my back has been sore for a few days").onsetDaysAgo).toBeUndefined();
  });
});

describe("numbers, ages and sex", () => {
  it.each([
    ["8/10", 8],
    ["it's a 7 out of 10", 7],
    ["6-7/10", 7],
    ["ocho de diez", 8],
    ["del 1 al 10 le pongo un 9", 9],
    ["dolor 3 sobre 10", 3],
  ])("%s -> pain %i", (text, score) => {
    expect(facts(text).painScore).toBe(score);
  });

  it.each([
    ["I'm 67", 67, undefined],
    ["67yo with back pain", 67, undefined],
    ["67 year old with back pain", 67, undefined],
    ["45 male, lower back", 45, "male"],
    ["Letter carrier, 51F.", 51, "female"],
    ["28M, paddled a kayak", 28, "male"],
    ["tengo 45 años", 45, undefined],
    ["tengo sesenta y siete años", 67, undefined],
    ["mujer de 38 años", 38, "female"],
    ["41M, got rear-ended", 41, "male"],
  ])("%s -> age %i, sex %s", (text, age, sex) => {
    const found = facts(text);
    expect(found.age).toBe(age);
    expect(found.sex).toBe(sex);
  });

  it("does not take other numbers for an age or a sex", () => {
    expect(facts("tengo un dolor en la espalda").age).toBeUndefined();
    expect(facts("I'm 6 months pregnant")).toEqual({ pregnant: true });
    expect(facts("mi mujer dice que vaya al médico").sex).toBeUndefined();
    expect(facts("I'm a man")).toEqual({ sex: "male" });
  });
});

describe("typos, accents and everyday words", () => {
  it.each([
    ["numbess in my foot", { legNumbness: true }],
    ["feaver and chils", { fever: true }],
    ["tengo ormigueo en el pie", { legNumbness: true }],
    ["escalofrios", { fever: true }],
    ["ESCALOFRÍOS Y SUDORES NOCTURNOS", { fever: true }],
    ["se me duerme el pie", { legNumbness: true }],
    ["I'm peeing myself", { bladderChange: true }],
    ["wet myself", { bladderChange: true }],
    ["my legs keep giving out", { legWeakness: "both_legs" }],
    ["my foot is dragging", { legWeakness: "one_leg" }],
    ["numb down there", { saddleNumbness: true }],
    ["can't pee", { bladderChange: true }],
    ["pain between my shoulder blades", { region: ["upper_back"] }],
    ["pain down my leg to my toes", { legPain: "below_knee" }],
    ["pain into my thigh", { legPain: "above_knee" }],
    ["moving a couch", { onsetTrigger: "strain" }],
    ["slipped on ice", { onsetTrigger: "minor_trauma" }],
    ["fell off a ladder", { onsetTrigger: "major_trauma" }],
    ["car crash", { onsetTrigger: "major_trauma" }],
  ])("%s", (text, expected) => {
    expect(facts(text)).toMatchObject(expected);
  });

  it("does not correct a right word into a symptom", () => {
    expect(facts("I never get back pain like this").fever).toBeUndefined();
  });

  it("detects the language", () => {
    expect(understand("me duele la espalda baja desde ayer").lang).toBe("es");
    expect(understand("my lower back hurts since yesterday").lang).toBe("en");
    expect(understand("fiebre", { lang: "es" }).facts.fever).toBe(true);
  });
});

describe("evidence", () => {
  it("points at the person's own words, typos and accents included", () => {
    const text = "Tengo  ESCALOFRÍOS 🥶 y ormigueo en el pie, lumbago desde hace dos semanas, 7/10";
    const understood = understand(text);
    expect(understood.evidence.length).toBeGreaterThanOrEqual(4);
    for (const evidence of understood.evidence) {
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
      expect(evidence.confidence).toBeGreaterThan(0);
      expect(evidence.confidence).toBeLessThanOrEqual(1);
    }
    expect(understood.evidence.find((e) => e.fact === "legNumbness")?.text).toContain("ormigueo");
    expect(understood.evidence.find((e) => e.fact === "fever")?.text).toBe("ESCALOFRÍOS");
  });

  it("spans stay exact after any prefix", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (prefix) => {
        const text = `${prefix}. I'm numb down there and can't pee.`;
        const understood = understand(text, { lang: "en" });
        for (const evidence of understood.evidence) {
          expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        }
        expect(understood.facts.saddleNumbness).toBe(true);
        expect(understood.facts.bladderChange).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("marks denials", () => {
    const evidence = understand("no fever").evidence[0];
    expect(evidence).toMatchObject({ fact: "fever", value: false, negated: true, text: "fever" });
  });
});

describe("safety against misreading", () => {
  it.each([
    ["I don't have numbness, I have tingling in both feet", { legNumbness: true }],
    ["no weakness in my left leg but the right one keeps giving way", { legWeakness: "one_leg" }],
    ["I haven't been able to pee since yesterday", { bladderChange: true }],
    ["hardly any pain, but I can't control my bladder", { bladderChange: true }],
    ["sin poder orinar desde ayer", { bladderChange: true }],
    ["tengo la pierna dormida pero no tengo hormigueo", { legNumbness: true }],
    ["no fever or chills, but I did fall off a ladder", { fever: false, onsetTrigger: "major_trauma" }],
  ])("%s", (text, expected) => {
    expect(facts(text)).toMatchObject(expected);
  });

  it("does not take a relative's illness for the person's", () => {
    expect(facts("Mi madre tiene fiebre y yo me caí por las escaleras")).toEqual({
      onsetTrigger: "major_trauma",
    });
    expect(facts("My mother had bone cancer. I'm 40.")).toEqual({ age: 40 });
    expect(facts("my wife says my spine looks curved now").backLumpOrDeformity).toBe(true);
  });
});

describe("warning signs", () => {
  it("lists the warning signs it found, never the denied ones", () => {
    const understood = understand("I can't pee and I'm numb down there, no fever, no chest pain");
    expect([...understood.warningSigns].sort()).toEqual(["bladderChange", "saddleNumbness"]);
    expect(understood.facts).toMatchObject({ fever: false, chestSymptoms: false });
  });

  it("leaves what it does not understand unknown, and its facts are valid", () => {
    expect(understand("").facts).toEqual({});
    expect(understand("The weather is nice today.").facts).toEqual({});
    const understood = understand("back pain, 11/10, I'm 300 years old");
    expect(() => parseFacts(understood.facts)).not.toThrow();
    expect(understood.facts.age).toBeUndefined();
  });

  it("is fast on a long text", () => {
    const text = "Lower back spasm since yesterday, no fever, pain 7/10. ".repeat(100);
    const started = performance.now();
    understand(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
