import {
  adviceBroughtForward,
  answerScreen,
  assess,
  DESCRIPTIVE_FACTS,
  type Facts,
  factsOf,
  nextStep,
  RULES,
  readDescription,
  runOracleFrom,
  SCREENS,
  startFromWords,
  understand,
} from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { factsIn } from "../conditions/condition.ts";

const NEGATIVE_TRUTH: Facts = {
  age: 40,
  sex: "male",
  legPain: "none",
  legPainBothSides: false,
  legNumbness: false,
  legWeakness: "none",
  saddleNumbness: false,
  bladderChange: false,
  bowelIncontinence: false,
  sexualDysfunction: false,
  chestSymptoms: false,
  abdominalPain: false,
  fever: false,
  urinarySymptoms: false,
  onsetTrigger: "strain",
  onsetDaysAgo: 3,
  course: "unchanged",
  selfCareDays: 0,
  previousEpisodesSameArea: 0,
  cancerHistory: false,
  weightLoss: false,
  restNightPain: false,
  backLumpOrDeformity: false,
  osteoporosis: false,
  steroidUse: false,
  ivDrugUse: false,
  immunosuppressed: false,
  recentInfectionOrSpinalProcedure: false,
  walkingLegPainEasedBySitting: false,
  morningStiffness: false,
  betterWithExercise: false,
};

describe("startFromWords: the words are suggestions", () => {
  it("settles nothing that could change the level: descriptive facts only", () => {
    const rules = new Set(RULES.flatMap((rule) => factsIn(rule.when)));
    const asked = new Set(SCREENS.flatMap((screen) => screen.questions.map((question) => question.fact)));
    expect(DESCRIPTIVE_FACTS.length).toBeGreaterThan(0);
    for (const fact of DESCRIPTIVE_FACTS) {
      expect(rules.has(fact)).toBe(false);
      expect(asked.has(fact)).toBe(false);
    }
  });

  it("pre-fills 'no' answers, numbers and time words instead of taking them as given", () => {
    const understood = understand("I'm 34, lower back, 6/10, lifting 2 days ago. No fever, no leg pain.");
    const state = startFromWords(understood);
    expect(state.mode).toBe("follow_up");
    expect(state.initial).toEqual({ region: ["lower_back"], painScore: 6 });
    expect(state.suggested).toMatchObject({ age: 34, fever: false, legPain: "none", onsetDaysAgo: 2 });
    const step = nextStep(state);
    if (step.done) throw new Error("the interview must ask");
    const shown = Object.fromEntries(step.screen.questions.map((q) => [q.fact, q.suggested]));
    expect(shown).toMatchObject({ age: 34, fever: false, legPain: "none", bladderChange: undefined });
  });

  it("keeps answers already given and never pre-fills over them", () => {
    const state = startFromWords(understand("fever and chills, I'm 70"), { fever: false });
    expect(state.initial).toEqual({ fever: false });
    expect(state.suggested).toEqual({ age: 70 });
  });

  it.each([
    ["Orino bien, aunque no siento cuando tengo ganas", { bladderChange: true }, "emergency"],
    ["Not only my back - my stomach hurts too. I'm 55", { age: 55, abdominalPain: true }, "emergency"],
    ["Never had a temperature in my life, but today it's 38.6", { fever: true }, "urgent"],
    ["it's getting worse, not better, three weeks in", { onsetDaysAgo: 21, course: "worsening" }, "soon"],
    ["38.9 this morning and my belly hurts too, I'm 66", { age: 66, abdominalPain: true, fever: true }, null],
  ] as const)("a misread description still ends at the true level: %s", (text, signs, least) => {
    const truth: Facts = { ...NEGATIVE_TRUTH, ...signs };
    const run = runOracleFrom(truth, startFromWords(understand(text)));
    expect(run.assessment.level).toBe(assess(truth, { unsure: assess(truth).missing }).level);
    if (least) expect(run.assessment.level).toBe(least);
  });

  it("shows every pre-filled fact on the screen that asks it, so the person confirms or changes it", () => {
    const run = runOracleFrom(NEGATIVE_TRUTH, startFromWords(understand("no fever, no leg pain, I'm 40")));
    const suggested = Object.assign({}, ...run.asked.map((screen) => screen.suggested ?? {}));
    expect(suggested).toMatchObject({ fever: false, legPain: "none", age: 40 });
    for (const screen of run.asked)
      for (const fact of Object.keys(screen.suggested ?? {})) expect(screen.facts).toContain(fact);
    expect(run.assessment.level).toBe("self_care");
    expect(run.asked.length).toBeLessThanOrEqual(3);
  });
});

describe("advice brought forward by the words", () => {
  it("shows an emergency sign's advice at once, before it is confirmed", () => {
    const state = startFromWords(understand("Since this morning I can't feel when my bladder is full."));
    expect(factsOf(state).bladderChange).toBeUndefined();
    const step = nextStep(state);
    if (step.done) throw new Error("the sign must still be confirmed");
    expect(step.assessment.level).toBeNull();
    expect(step.broughtForward?.level).toBe("emergency");
    expect(step.screen.questions.find((q) => q.fact === "bladderChange")?.suggested).toBe(true);
  });

  it("never comes from a 'no' and never lowers the advice", () => {
    expect(adviceBroughtForward({}, { fever: false, bladderChange: false })).toBeUndefined();
    expect(adviceBroughtForward({ bladderChange: true }, { fever: true })).toBeUndefined();
    expect(adviceBroughtForward({ bladderChange: false }, { bladderChange: true })).toBeUndefined();
  });

  it("is spent once the person answers the question, whatever the answer", () => {
    const state = startFromWords(understand("I can't pee"));
    const answered = answerScreen(state, "follow_up_emergency", { bladderChange: false });
    const step = nextStep(answered);
    expect(step.done).toBe(false);
    if (!step.done) expect(step.broughtForward).toBeUndefined();
  });
});

describe("readDescription: the language of the text", () => {
  it("reads the text in its own language when none is given", () => {
    expect(readDescription("Me duele la espalda baja desde hace dos días y tengo fiebre")?.lang).toBe("es");
    expect(readDescription("My lower back hurts since yesterday and I have a fever")?.lang).toBe("en");
    expect(readDescription("Me duele la espalda baja desde hace dos días y tengo fiebre")?.facts.fever).toBe(
      true,
    );
  });

  it("reads nothing from mixed or unknown text, so the interview asks everything without pre-filling", () => {
    expect(
      readDescription("me duele la espalda since yesterday and the pain es muy fuerte in my leg"),
    ).toBeUndefined();
    expect(readDescription("escalofrios")).toBeUndefined();
    expect(readDescription("12345")).toBeUndefined();
  });

  it("uses the language given, whatever the text looks like", () => {
    expect(readDescription("fiebre", { lang: "es" })?.facts.fever).toBe(true);
  });
});
