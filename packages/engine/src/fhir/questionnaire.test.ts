import {
  DETAILS_GROUP,
  evaluate,
  FACT_IDS,
  FACT_KINDS,
  type FactId,
  type Facts,
  groupLinkId,
  KNOWLEDGE_VERSION,
  messagesFor,
  QUESTIONNAIRE_URL,
  SCREENS,
  toQuestionnaire,
  visibleQuestions,
} from "@backtalk/engine";
import fc from "fast-check";
import type { QuestionnaireItem } from "fhir/r4.js";
import { describe, expect, it } from "vitest";
import { partialFacts } from "../testing/arbitrary-facts.ts";
import { toFhirAnswer } from "./fhir-answer.ts";
import { enabledInFhir } from "./fhir-enabled.ts";

const questionnaire = toQuestionnaire("en");
const groups = questionnaire.item ?? [];
const questions = groups.flatMap((group) => (group.item ?? []).filter((item) => item.type !== "display"));
const itemOf = (linkId: string): QuestionnaireItem => {
  const found = [...groups, ...questions].find((item) => item.linkId === linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
};

const answersOf = (given: Facts) =>
  new Map(
    Object.entries(given).map(([fact, value]) => [
      fact,
      (Array.isArray(value) ? value : [value]).map((v) =>
        toFhirAnswer(fact as FactId, v as string | number | boolean),
      ),
    ]),
  );
const enabled = (linkId: string, given: Facts, notEqualWhenUnanswered = true) =>
  enabledInFhir(questionnaire, linkId, answersOf(given), { notEqualWhenUnanswered });

describe("toQuestionnaire", () => {
  it("identifies itself with the canonical URL and the knowledge version", () => {
    expect(questionnaire).toMatchObject({
      resourceType: "Questionnaire",
      id: "backtalk-check-en",
      url: `${QUESTIONNAIRE_URL}-en`,
      version: KNOWLEDGE_VERSION,
      status: "active",
      language: "en",
    });
  });

  it("has one group per screen, in interview order, then the details group", () => {
    expect(groups.map((group) => [group.linkId, group.type])).toEqual([
      ...SCREENS.map((screen) => [groupLinkId(screen.id), "group"]),
      [DETAILS_GROUP, "group"],
    ]);
    for (const screen of SCREENS) {
      expect(itemOf(groupLinkId(screen.id)).text).toBe(messagesFor("en").screens[screen.id].title);
      expect(
        itemOf(groupLinkId(screen.id))
          .item?.filter((item) => item.type !== "display")
          .map((item) => item.linkId),
      ).toEqual(screen.questions.map((question) => question.fact));
    }
  });

  it("gives every item its own linkId", () => {
    const all: string[] = [];
    const visit = (items: readonly QuestionnaireItem[] = []) => {
      for (const item of items) {
        all.push(item.linkId);
        visit(item.item);
      }
    };
    visit(questionnaire.item);
    expect(new Set(all).size).toBe(all.length);
  });

  it("asks every fact of the schema exactly once, typed by its kind", () => {
    expect(questions.map((item) => item.linkId).sort()).toEqual([...FACT_IDS].sort());
    for (const fact of FACT_IDS) {
      const item = itemOf(fact);
      const kind = FACT_KINDS[fact];
      expect(item.type).toBe(kind.type === "integer" ? "integer" : "choice");
      expect(item.repeats ?? false).toBe(kind.type === "choices");
      expect(item.text).toBe(messagesFor("en").facts[fact].question);
    }
  });

  it("offers the schema's values as answer codes, with the texts of the chosen language", () => {
    const spanish = toQuestionnaire("es");
    for (const fact of FACT_IDS) {
      const kind = FACT_KINDS[fact];
      if (kind.type !== "choice" && kind.type !== "choices") continue;
      expect(itemOf(fact).answerOption?.map((option) => option.valueCoding?.code)).toEqual([
        ...kind.options,
        "asked-unknown",
      ]);
      const es = (spanish.item ?? [])
        .flatMap((group) => group.item ?? [])
        .find((item) => item.linkId === fact);
      const options = (messagesFor("es").facts[fact] as { options: Record<string, string> }).options;
      expect(es?.answerOption?.map((option) => option.valueCoding?.display)).toEqual([
        ...kind.options.map((code) => options[code]),
        messagesFor("es").answers.dontKnow,
      ]);
    }
    expect(spanish).toMatchObject({
      language: "es",
      id: "backtalk-check-es",
      url: `${QUESTIONNAIRE_URL}-es`,
    });
  });

  it("offers yes, no and not sure on every yes/no question, and requires an answer on every screen question", () => {
    for (const screen of SCREENS) {
      for (const { fact } of screen.questions) {
        const item = itemOf(fact);
        expect(item.required ?? false).toBe(FACT_KINDS[fact].type !== "integer");
        if (FACT_KINDS[fact].type === "boolean") {
          expect(item.answerOption?.map((option) => option.valueCoding?.code)).toEqual([
            "true",
            "false",
            "asked-unknown",
          ]);
        }
      }
    }
    const details = itemOf(DETAILS_GROUP).item ?? [];
    expect(details.every((item) => item.required === undefined)).toBe(true);
  });

  it("gives whole numbers UCUM units (a = years, d = days)", () => {
    const unit = (fact: string) =>
      itemOf(fact).extension?.find((e) => e.url.endsWith("questionnaire-unit"))?.valueCoding;
    expect(unit("age")).toEqual({ system: "http://unitsofmeasure.org", code: "a", display: "years" });
    expect(unit("onsetDaysAgo")).toMatchObject({ system: "http://unitsofmeasure.org", code: "d" });
    expect(unit("selfCareDays")).toMatchObject({ code: "d" });
  });

  it("gives whole-number questions their allowed range", () => {
    expect(itemOf("age").extension).toEqual(
      expect.arrayContaining([
        { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
        { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 120 },
      ]),
    );
  });

  it("shows how to find out where a person can (take your temperature)", () => {
    const help = itemOf("fever").item?.[0];
    expect(help?.type).toBe("display");
    expect(help?.text).toBe(messagesFor("en").facts.fever.findOut);
  });
});

describe("enableWhen", () => {
  const withShowWhen = SCREENS.flatMap((screen) => screen.questions).filter((question) => question.showWhen);

  it("is present exactly on the questions the interview shows conditionally", () => {
    expect(withShowWhen.map((question) => question.fact)).toEqual([
      "weaknessWorsening",
      "pregnant",
      "ivDrugUse",
      "immunosuppressed",
      "recentInfectionOrSpinalProcedure",
    ]);
    for (const item of questions) {
      const question = withShowWhen.find((candidate) => candidate.fact === item.linkId);
      expect(item.enableWhen !== undefined, item.linkId).toBe(question !== undefined);
    }
  });

  it("matches each question's showWhen for every answer, however '!=' is read", () => {
    fc.assert(
      fc.property(partialFacts, fc.boolean(), (given, notEqual) => {
        for (const question of withShowWhen) {
          const showWhen = question.showWhen as NonNullable<typeof question.showWhen>;
          // The group's own condition is checked separately; here only the question's.
          const own = enabledInFhir(
            { resourceType: "Questionnaire", status: "active", item: [...questions] },
            question.fact,
            answersOf(given),
            { notEqualWhenUnanswered: notEqual },
          );
          expect(own, question.fact).toBe(evaluate(showWhen, given).truth === true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("asks about weakness getting worse only when one leg is weak", () => {
    expect(enabled("weaknessWorsening", { legWeakness: "one_leg" })).toBe(true);
    for (const legWeakness of ["none", "both_legs"] as const) {
      expect(enabled("weaknessWorsening", { legWeakness })).toBe(false);
    }
    expect(enabled("weaknessWorsening", {})).toBe(false);
  });

  it("asks about pregnancy unless the person said male", () => {
    expect(enabled("pregnant", {})).toBe(true);
    expect(enabled("pregnant", { sex: "female" })).toBe(true);
    expect(enabled("pregnant", { sex: "other" })).toBe(true);
    expect(enabled("pregnant", { sex: "male" })).toBe(false);
  });

  it("opens the infection-risk group unless fever was answered no", () => {
    const group = groupLinkId("infection_risks");
    expect(itemOf(group).enableWhen).toBeDefined();
    expect(enabled(group, { fever: true })).toBe(true);
    expect(enabled(group, {})).toBe(true);
    expect(enabled(group, { fever: false })).toBe(false);
    expect(enabled("ivDrugUse", { fever: false })).toBe(false);
  });

  it("never hides a question the engine's interview would ask", () => {
    fc.assert(
      fc.property(partialFacts, fc.boolean(), (given, notEqual) => {
        for (const screen of SCREENS) {
          for (const question of visibleQuestions(screen, given)) {
            expect(enabled(question.fact, given, notEqual), `${screen.id}/${question.fact}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
