import {
  type Case,
  FACT_KINDS,
  type FactId,
  factsOf,
  isFullPlan,
  nextStep,
  runOracle,
  type ScreenId,
} from "@backtalk/engine";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb } from "../storage/db.ts";
import { type CheckRecord, getKv, setKv } from "../storage/kv.ts";
import { completeFromTruth } from "./check-driver.test-support.ts";
import {
  backOne,
  backToFacts,
  type DraftAnswers,
  draftFor,
  moveTo,
  newCheck,
  positionOf,
  problemsOf,
  resultOf,
  stepOf,
  submitScreen,
  visibleFacts,
} from "./check-session.ts";

const cases = Object.values(
  import.meta.glob<Case>("../../../../spec/cases/*.json", { eager: true, import: "default" }),
);
const TODAY = "2026-11-25";

/** Answers one screen the way a person would: question by question, follow-ups as they appear. */
function answerFromTruth(record: CheckRecord, truth: Case["facts"]): CheckRecord {
  const step = stepOf(record);
  if (step.done) throw new Error("already done");
  let draft: DraftAnswers = {};
  for (;;) {
    const open = visibleFacts(record, step.screen.id, draft).find((fact) => draft[fact] === undefined);
    if (!open) break;
    const value = truth[open];
    // Number fields are typed as text.
    const typed =
      value === undefined ? "dont_know" : FACT_KINDS[open].type === "integer" ? String(value) : value;
    draft = { ...draft, [open]: typed };
  }
  return submitScreen(record, step.screen.id, draft, TODAY);
}

const complete = (truth: Case["facts"]): CheckRecord => completeFromTruth(newCheck(), truth, TODAY);

afterEach(closeDb);

describe("the check calls the engine", () => {
  it.each(cases.map((sample) => [sample.id, sample] as const))(
    "%s reaches the engine's own result",
    (_, sample) => {
      const record = complete(sample.facts);
      const result = resultOf(record, TODAY);
      expect(record.finishedOn).toBe(TODAY);
      // Same as the engine's simulated patient, and as the case expects.
      expect(result.level).toBe(runOracle(sample.facts).assessment.level);
      expect(result.level).toBe(sample.expected?.level);
    },
  );

  it("shows a follow-up only when the engine says so", () => {
    let record = newCheck();
    record = submitScreen(
      record,
      "emergency_signs",
      {
        saddleNumbness: false,
        bladderChange: false,
        bowelIncontinence: false,
        sexualDysfunction: false,
        chestSymptoms: false,
      },
      TODAY,
    );
    expect(stepOf(record)).toMatchObject({ done: false, screen: { id: "legs" } });
    expect(visibleFacts(record, "legs", {})).not.toContain("weaknessWorsening");
    expect(visibleFacts(record, "legs", { legWeakness: "one_leg" })).toContain("weaknessWorsening");
  });

  it("ends at once on an emergency sign", () => {
    const record = submitScreen(newCheck(), "emergency_signs", { bladderChange: true }, TODAY);
    expect(nextStep(record.state).done).toBe(true);
    expect(resultOf(record, TODAY).level).toBe("emergency");
  });

  it("sends only visible answers and asks for every visible one", () => {
    const record = newCheck();
    const visible = visibleFacts(record, "emergency_signs", {});
    expect(problemsOf(visible, { bladderChange: false })).toHaveLength(visible.length - 1);
    expect(problemsOf(["age"], { age: "abc" })).toEqual([{ fact: "age", problem: "number" }]);
    expect(problemsOf(["age"], { age: "130" })).toEqual([{ fact: "age", problem: "number" }]);
    expect(problemsOf(["age"], { age: "dont_know" })).toEqual([]);
    expect(problemsOf(["age"], { age: "44" })).toEqual([]);
  });

  it("goes back one screen with the old answers ready to change", () => {
    const sample = cases.find((candidate) => candidate.id === "sample-11") as Case;
    let record = answerFromTruth(newCheck(), sample.facts);
    record = answerFromTruth(record, sample.facts);
    const legs = record.state.steps[1];
    const back = backOne(record);
    expect(back.state.steps).toHaveLength(1);
    expect(stepOf(back)).toMatchObject({ done: false, screen: { id: legs?.screen } });
    expect(draftFor(back, "legs")).toEqual(legs?.answers);
    expect(factsOf(back.state).legPain).toBeUndefined();
  });

  it("survives a reload: the record round-trips through IndexedDB", async () => {
    const sample = cases.find((candidate) => candidate.id === "sample-09") as Case;
    let record = answerFromTruth(newCheck(), sample.facts);
    record = { ...record, draft: { screen: "legs", answers: { legPain: "below_knee" } } };
    await setKv("check", record);
    await closeDb();
    const restored = (await getKv("check")) as CheckRecord;
    expect(restored).toEqual(record);
    expect(stepOf(restored)).toEqual(stepOf(record));
    expect(draftFor(restored, "legs" as const)).toEqual({ legPain: "below_knee" });
  });

  it("dates the plan from the day the check finished", () => {
    const sample = cases.find((candidate) => candidate.id === "sample-11") as Case;
    const record = complete(sample.facts);
    const { plan } = resultOf(record, "2027-01-01");
    expect(isFullPlan(plan) && plan.recheckOn > TODAY).toBe(true);
    expect(resultOf(record, "2027-01-01")).toEqual(resultOf(record, TODAY));
  });

  it("never counts a 'not sure' as a no", () => {
    const record = submitScreen(
      newCheck(),
      "emergency_signs",
      Object.fromEntries(
        visibleFacts(newCheck(), "emergency_signs", {}).map((fact) => [fact, "dont_know"]),
      ) as Record<FactId, "dont_know">,
      TODAY,
    );
    expect(factsOf(record.state).bladderChange).toBeUndefined();
    expect(resultOf(record, TODAY).unsure.map((item) => item.fact)).toContain("bladderChange");
    expect(resultOf(record, TODAY).level).not.toBe("self_care");
  });
});

describe("answering the questions still open", () => {
  it("goes back to the screen where the open question was answered 'not sure'", () => {
    const sample = cases.find((candidate) => candidate.id === "sample-11") as Case;
    const record = complete({ ...sample.facts, fever: undefined });
    const result = resultOf(record, TODAY);
    // Resolved, not left open: an unsure fever means a doctor today.
    expect(result).toMatchObject({ complete: true, level: "urgent", missing: [] });
    const open = result.unsure.map((item) => item.fact);
    expect(open).toContain("fever");
    const back = backToFacts(record, open);
    expect(stepOf(back)).toMatchObject({ done: false, screen: { id: "body" } });
    expect(draftFor(back, "body").fever).toBe("dont_know");
    expect(back.finishedOn).toBeNull();
  });
});

describe("moving through the browser history", () => {
  const sample = () => cases.find((candidate) => candidate.id === "sample-09") as Case;

  it("goes back any number of screens and forward again to the same result", () => {
    const finished = complete(sample().facts);
    const answered = finished.state.steps.length;
    expect(positionOf(finished)).toBe("end");
    const back = moveTo(finished, 1, TODAY);
    expect(positionOf(back)).toBe(1);
    expect(back.finishedOn).toBeNull();
    expect(draftFor(back, finished.state.steps[1]?.screen as ScreenId)).toEqual(
      finished.state.steps[1]?.answers,
    );
    expect(back.ahead).toHaveLength(answered - 2);
    const forward = moveTo(back, "end", TODAY);
    expect(forward.state).toEqual(finished.state);
    expect(forward.finishedOn).toBe(TODAY);
    expect(resultOf(forward, TODAY)).toEqual(resultOf(finished, TODAY));
  });

  it("forward one screen at a time keeps the screens after it", () => {
    const finished = complete(sample().facts);
    const back = moveTo(finished, 0, TODAY);
    const one = moveTo(back, 1, TODAY);
    expect(positionOf(one)).toBe(1);
    expect(one.state.steps).toEqual(finished.state.steps.slice(0, 1));
    expect(moveTo(one, "end", TODAY).state).toEqual(finished.state);
  });

  it("keeps an answer not yet sent, and stops where an answer is missing", () => {
    let record = answerFromTruth(newCheck(), sample().facts);
    record = { ...record, draft: { screen: "legs", answers: { legPain: "below_knee" } } };
    const back = moveTo(record, 0, TODAY);
    const forward = moveTo(back, "end", TODAY);
    // The legs screen is not complete yet: forward stops there with the half-typed answer.
    expect(positionOf(forward)).toBe(1);
    expect(draftFor(forward, "legs")).toEqual({ legPain: "below_knee" });
  });

  it("a changed answer leads where the engine says, and nothing is replayed after sending it", () => {
    const finished = complete(sample().facts);
    const back = moveTo(finished, 0, TODAY);
    const changed = submitScreen(
      back,
      "emergency_signs",
      { ...draftFor(back, "emergency_signs"), bladderChange: true },
      TODAY,
    );
    expect(changed.ahead).toBeUndefined();
    expect(resultOf(changed, TODAY).level).toBe("emergency");
  });
});
