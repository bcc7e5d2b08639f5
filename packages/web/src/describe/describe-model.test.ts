import {
  answerText,
  type Case,
  FOLLOW_UP_SCREENS,
  factsOf,
  messagesFor,
  nextStep,
  runOracle,
  type Screen,
  understand,
} from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { completeFromTruth } from "../check/check-driver.test-support.ts";
import { draftFor, newCheck, resultOf, submitScreen, toAnswers } from "../check/check-session.ts";
import { answersIn, chipsOf, previewOf, startFrom, viewOf, withoutRemoved } from "./describe-model.ts";
import { startedFor } from "./describe-state.ts";
import { readWords } from "./read-words.ts";

const TODAY = "2026-11-25";
const cases = Object.values(
  import.meta.glob<Case>("../../../../spec/cases/*.json", { eager: true, import: "default" }),
);
const COUCH =
  "Threw my back out moving a couch on Saturday, it keeps seizing up, can't stand straight, no leg pain. I'm 45.";
const SADDLE =
  "My lower back locked up yesterday lifting a box. I can't feel anything down there and I peed myself.";
const options = { lang: "en", country: "US", existing: {} } as const;

describe("chips from the engine's reading", () => {
  it("one chip per fact read, in the engine's words, in the order the words appear", () => {
    const understood = readWords(COUCH, "en", TODAY);
    const chips = chipsOf(understood, "en");
    expect(chips.map((chip) => chip.fact).sort()).toEqual(Object.keys(understood.facts).sort());
    expect(chips.map((chip) => chip.fact)).toEqual([
      "onsetTrigger",
      "onsetDaysAgo",
      "mobility",
      "legPain",
      "age",
    ]);
    const en = messagesFor("en");
    for (const chip of chips) {
      const value = understood.facts[chip.fact];
      expect(chip.label).toBe(en.facts[chip.fact].short);
      expect(chip.value).toBe(answerText(chip.fact, value, "en"));
      expect(chip.item).toBe(`${chip.label}: ${chip.value}`);
    }
  });

  it("marks exactly the words each fact came from, and the marks join back into the text", () => {
    const understood = readWords(COUCH, "en", TODAY);
    const view = viewOf(COUCH, understood, [], options);
    expect(view.segments.map((segment) => segment.text).join("")).toBe(COUCH);
    const marked = view.segments.filter((segment) => segment.facts.length > 0);
    expect(marked.map((segment) => segment.text)).toEqual(understood.evidence.map((item) => item.text));
    expect(marked.map((segment) => segment.facts[0])).toEqual(understood.evidence.map((item) => item.fact));
  });

  it("flags warning signs, and lists what was written with doubt as still to ask", () => {
    const understood = readWords(`${SADDLE} Not sure if I have a fever.`, "en", TODAY);
    const view = viewOf(SADDLE, understood, [], options);
    expect(view.chips.filter((chip) => chip.sign).map((chip) => chip.fact)).toEqual([
      "saddleNumbness",
      "bladderChange",
    ]);
    expect(view.uncertain).toEqual([messagesFor("en").facts.fever.short]);
  });

  it("reads Spanish typed in the English app, and keeps the app's language when both read the same", () => {
    const spanish = readWords("me duele la espalda baja desde hace dos semanas", "en", TODAY);
    expect(spanish.lang).toBe("es");
    expect(spanish.facts).toMatchObject({ region: ["lower_back"], onsetDaysAgo: 14 });
    expect(readWords("8/10", "es", TODAY).lang).toBe("es");
    expect(readWords("8/10", "en", TODAY).lang).toBe("en");
  });
});

describe("removing a chip", () => {
  it("drops the fact, its marks and its sign, and offers to put it back", () => {
    const understood = readWords(SADDLE, "en", TODAY);
    const kept = withoutRemoved(understood, ["saddleNumbness", "onsetDaysAgo"]);
    expect(kept.facts.saddleNumbness).toBeUndefined();
    expect(kept.warningSigns).toEqual(["bladderChange"]);
    expect(kept.evidence.some((item) => item.fact === "onsetDaysAgo")).toBe(false);
    const view = viewOf(SADDLE, understood, ["saddleNumbness", "onsetDaysAgo"], options);
    expect(view.chips.map((chip) => chip.fact)).not.toContain("saddleNumbness");
    expect(view.removed.map((chip) => chip.fact)).toEqual(["onsetDaysAgo", "saddleNumbness"]);
    expect(view.segments.flatMap((segment) => segment.facts)).not.toContain("saddleNumbness");
    const started = startFrom(SADDLE, understood, ["saddleNumbness", "onsetDaysAgo"], {});
    expect(started.initial.onsetDaysAgo).toBeUndefined();
    expect(started.prefill.onsetDaysAgo).toBeUndefined();
    expect(started.prefill.saddleNumbness).toBeUndefined();
    expect(started.prefill).toMatchObject({ bladderChange: true });
  });

  it("a removed warning sign stays unknown, so the check still asks it", () => {
    const understood = readWords(SADDLE, "en", TODAY);
    const started = startFrom(SADDLE, understood, ["saddleNumbness"], {});
    const step = nextStep(newCheck(started.initial, "follow_up", started.prefill).state);
    if (step.done) throw new Error("the check must ask");
    expect(step.screen.questions.map((question) => question.fact)).toContain("saddleNumbness");
  });
});

describe("merging the words into a check", () => {
  it("never overrides an answer the person gave, and does not count overridden words as used", () => {
    const understood = readWords(COUCH, "en", TODAY);
    const answers = { legPain: "below_knee", age: 50 } as const;
    const started = startFrom(COUCH, understood, [], answers);
    expect(started.initial.legPain).toBe("below_knee");
    expect(started.initial.age).toBe(50);
    expect(started.initial.mobility).toBe("limited");
    expect(started.prefill.legPain).toBeUndefined();
    expect(started.prefill.age).toBeUndefined();
    expect(started.used.legPain).toBeUndefined();
    expect(started.used.age).toBeUndefined();
    expect(started.spans.map((span) => span.fact)).not.toContain("age");
    expect(started.answers).toEqual(answers);
  });

  it("carries the answers given in a check (its steps), not the facts it started with", () => {
    let record = newCheck({ age: 45 }, "follow_up");
    const step = nextStep(record.state);
    if (step.done) throw new Error("the check must ask");
    record = submitScreen(record, step.screen.id, { saddleNumbness: false, fever: "dont_know" }, TODAY);
    expect(answersIn(record.state)).toEqual({ saddleNumbness: false });
  });

  it("takes nothing from the words as given: signs, 'no' answers, numbers and days are answers to confirm", () => {
    const understood = readWords(SADDLE, "en", TODAY);
    expect(understood.warningSigns).toEqual(["saddleNumbness", "bladderChange"]);
    const started = startFrom(SADDLE, understood, [], {});
    expect(started.initial).toEqual({ region: ["lower_back"] });
    expect(started.prefill).toMatchObject({ saddleNumbness: true, bladderChange: true, onsetDaysAgo: 1 });
    expect(started.used).toMatchObject({ saddleNumbness: true, bladderChange: true, onsetDaysAgo: 1 });
    const denied = startFrom("no fever", readWords("no fever", "en", TODAY), [], {});
    expect(denied.spans).toMatchObject([{ fact: "fever", value: false, negated: true }]);
    const couch = startFrom(COUCH, readWords(COUCH, "en", TODAY), [], {});
    expect(couch.initial.legPain).toBeUndefined();
    expect(couch.initial.age).toBeUndefined();
    expect(couch.prefill).toMatchObject({ legPain: "none", age: 45 });

    const record = newCheck(started.initial, "follow_up", started.prefill);
    // Not an emergency on the facts alone: the person has not confirmed anything yet.
    const first = nextStep(record.state);
    if (first.done) throw new Error("the check must ask");
    expect(first.screen.id).toBe("follow_up_emergency");
    expect(first.assessment.level).not.toBe("emergency");
    // The advice is brought forward at once, before anything is confirmed.
    expect(first.broughtForward?.level).toBe("emergency");
    // The screen that asks them shows them answered Yes, ready to confirm with one press of Continue.
    const draft = draftFor(record, first.screen.id);
    expect(draft).toMatchObject({ saddleNumbness: true, bladderChange: true });
    const confirmed = submitScreen(record, first.screen.id, toAnswers(draft), TODAY);
    expect(resultOf(confirmed, TODAY).level).toBe("emergency");
  });

  it("pre-fills only on the screen that asks the fact, and never over an answer or a saved draft", () => {
    const understood = readWords("my leg is numb, no fever, no problems with my bladder", "en", TODAY);
    const started = startFrom("my leg is numb, no fever", understood, [], {});
    expect(started.prefill).toEqual({ legNumbness: true, fever: false, bladderChange: false });
    const record = newCheck(started.initial, "follow_up", started.prefill);
    const asks = (screen: Screen) => screen.questions.some((question) => question.fact === "legNumbness");
    const [where, elsewhere] = [FOLLOW_UP_SCREENS.find(asks), FOLLOW_UP_SCREENS.find((s) => !asks(s))];
    if (!where || !elsewhere) throw new Error("legNumbness is asked on one follow-up screen");
    expect(draftFor(record, elsewhere.id)).toEqual({});
    expect(draftFor(record, where.id)).toEqual({ legNumbness: true, fever: false, bladderChange: false });
    const saved = { ...record, draft: { screen: where.id, answers: { legNumbness: false } } };
    expect(draftFor(saved, where.id)).toEqual({ legNumbness: false });
    const answered = newCheck({ legNumbness: false }, "follow_up", started.prefill);
    expect(draftFor(answered, where.id)).toEqual({ fever: false, bladderChange: false });
  });

  it("recognises the check started from the words, and no other", () => {
    const understood = readWords(COUCH, "en", TODAY);
    const started = startFrom(COUCH, understood, [], {});
    const record = { text: COUCH, removed: [], started };
    expect(startedFor(newCheck(started.initial, "follow_up", started.prefill), record)).toBe(started);
    expect(startedFor(newCheck(started.initial), record)).toBeNull();
    expect(startedFor(newCheck({}, "follow_up"), record)).toBeNull();
    expect(startedFor(null, record)).toBeNull();
  });
});

describe("the advice at once", () => {
  it("an emergency sign in the words previews the emergency, with the local number", () => {
    const understood = readWords(SADDLE, "en", TODAY);
    const preview = previewOf({}, understood, { lang: "en", country: "US" });
    expect(preview?.level).toBe("emergency");
    expect(preview?.action).toContain("Call 911 now");
    expect(preview?.reasons.length).toBeGreaterThan(0);
  });

  it("urgent signs preview the same-day advice; words without signs preview nothing", () => {
    const urgent = readWords("I have a fever and my back hurts, I had cancer 5 years ago", "en", TODAY);
    expect(previewOf({}, urgent, { lang: "es", country: "ES" })?.level).toBe("urgent");
    expect(previewOf({}, readWords(COUCH, "en", TODAY), { lang: "en", country: "US" })).toBeNull();
  });

  it("an answer already given wins over the words in the preview too", () => {
    const understood = readWords(SADDLE, "en", TODAY);
    const preview = previewOf({ saddleNumbness: false, bladderChange: false }, understood, {
      lang: "en",
      country: "US",
    });
    expect(preview).toBeNull();
  });
});

describe("the sample cases, with their descriptions read first", () => {
  it.each(cases.map((sample) => [sample.id, sample] as const))(
    "%s reaches the same level on at most 3 screens, fewer or as many as without the words",
    (_, sample) => {
      const understood = understand(sample.description ?? "", { today: TODAY });
      const started = startFrom(sample.description ?? "", understood, [], {});
      const record = completeFromTruth(
        newCheck(started.initial, "follow_up", started.prefill),
        sample.facts,
        TODAY,
      );
      expect(resultOf(record, TODAY).level).toBe(sample.expected?.level);
      expect(record.state.steps.length).toBeLessThanOrEqual(runOracle(sample.facts).asked.length);
      expect(record.state.steps.length).toBeLessThanOrEqual(3);
      expect(factsOf(record.state)).toMatchObject(started.initial);
    },
  );
});
