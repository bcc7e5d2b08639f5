import type { Extension, Questionnaire, QuestionnaireItem } from "fhir/r4.js";
import { type Condition, factsIn } from "../conditions/condition.ts";
import { type Question, SCREENS, type Screen } from "../knowledge/questions.ts";
import { RULES } from "../knowledge/rules/index.ts";
import { CONTENT_REVIEWED, KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import type { FactText } from "../locales/en.ts";
import { type Lang, type Messages, messagesFor } from "../locales/index.ts";
import { FACT_IDS, FACT_KINDS } from "../schema/fact-kinds.ts";
import type { FactId } from "../schema/vocabulary.ts";
import { couldHold, type EnableWhen, simplify, toEnableWhen } from "./enable-when.ts";
import { answerSystem, QUESTIONNAIRE_URL } from "./fhir-answer.ts";

/**
 * A group's linkId: "group." and the screen id. The prefix keeps group and question linkIds apart, which FHIR
 * requires and plain ids would break (the screen "course" asks the fact "course").
 */
export const groupLinkId = (id: string): string => `group.${id}`;

/** The group holding the facts that cases may carry but the interview does not ask (where, how bad, moving). */
export const DETAILS_GROUP = groupLinkId("details");

const ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
const UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";

const factText = (messages: Messages, fact: FactId): FactText => messages.facts[fact] as FactText;

function integerExtensions(fact: FactId, text: FactText): Extension[] {
  const kind = FACT_KINDS[fact];
  if (kind.type !== "integer") return [];
  return [
    { url: MIN_VALUE, valueInteger: kind.min },
    ...(kind.max === undefined ? [] : [{ url: MAX_VALUE, valueInteger: kind.max }]),
    ...(text.unit ? [{ url: UNIT, valueCoding: { display: text.unit } }] : []),
  ];
}

function questionItem(question: Question, messages: Messages, howToFindOut: boolean): QuestionnaireItem {
  const { fact } = question;
  const kind = FACT_KINDS[fact];
  const text = factText(messages, fact);
  const extension = integerExtensions(fact, text);
  const enable = question.showWhen ? toEnableWhen(question.showWhen) : undefined;
  const help: QuestionnaireItem[] =
    howToFindOut && text.findOut
      ? [
          {
            linkId: `${fact}.help`,
            type: "display",
            text: text.findOut,
            extension: [
              {
                url: ITEM_CONTROL,
                valueCodeableConcept: {
                  coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help" }],
                },
              },
            ],
          },
        ]
      : [];
  return {
    linkId: fact,
    text: text.question,
    type: kind.type === "choices" ? "choice" : kind.type,
    ...(kind.type === "choices" ? { repeats: true } : {}),
    ...(kind.type === "choice" || kind.type === "choices"
      ? {
          answerOption: kind.options.map((code) => ({
            valueCoding: { system: answerSystem(fact), code, display: text.options?.[code] ?? code },
          })),
        }
      : {}),
    ...(extension.length > 0 ? { extension } : {}),
    ...enable,
    ...(help.length > 0 ? { item: help } : {}),
  };
}

/**
 * When a screen is worth showing, from the rules: some rule that one of its questions could decide might
 * still fire, given the answers on earlier screens. This over-approximates the engine (which also stops once
 * a level is settled), so the form may ask a little more, never less. Undefined means always enabled.
 */
function screenEnableWhen(screen: Screen, earlier: ReadonlySet<FactId>): EnableWhen | undefined {
  const decides = new Set(
    screen.questions.flatMap((q) => (q.askedFor === "clinician" ? [] : [q.askedFor ?? q.fact])),
  );
  const parts = RULES.filter((rule) => factsIn(rule.when).some((fact) => decides.has(fact))).map((rule) =>
    couldHold(rule.when, earlier),
  );
  if (parts.length === 0 || parts.includes(true)) return undefined;
  const open = parts.filter((part): part is Condition => part !== false);
  if (open.length === 0) return undefined;
  return toEnableWhen(simplify(open.length === 1 ? (open[0] as Condition) : { any: open }));
}

/**
 * BackTalk's check as a FHIR R4 Questionnaire: one group per interview screen (linkId "group.<screen id>") with
 * one item per question (linkId = fact id), then a "group.details" group for the other facts of case.schema.json.
 *
 * - "Don't know": a yes/no question is a FHIR boolean and a choice offers only real answers; an item left
 *   without an answer is unknown, exactly like a fact missing from a case. The engine never reads it as "no".
 * - enableWhen: each question's `showWhen` is converted exactly (see toEnableWhen); a screen's own enableWhen
 *   comes from the rules (e.g. infection risks matter unless fever was answered "no"). A condition that R4's
 *   flat enableWhen cannot express leaves the item always enabled: asking more is safe, asking less is not.
 * - A FHIR form does not stop at an emergency sign the way the interview does: assess the response with the
 *   engine (factsFromQuestionnaireResponse, then assess) to get the level.
 * @example toQuestionnaire("es").item?.[0]?.linkId // "group.emergency_signs"
 */
export function toQuestionnaire(lang: Lang = "en"): Questionnaire {
  const messages = messagesFor(lang);
  const earlier = new Set<FactId>();
  const groups: QuestionnaireItem[] = SCREENS.map((screen) => {
    const { title, intro } = messages.screens[screen.id];
    const group: QuestionnaireItem = {
      linkId: groupLinkId(screen.id),
      type: "group",
      text: title,
      ...screenEnableWhen(screen, earlier),
      item: [
        ...(intro
          ? [{ linkId: `${groupLinkId(screen.id)}.intro`, type: "display" as const, text: intro }]
          : []),
        ...screen.questions.map((question) => questionItem(question, messages, question.canFindOut === true)),
      ],
    };
    for (const question of screen.questions) earlier.add(question.fact);
    return group;
  });
  const asked = new Set(SCREENS.flatMap((screen) => screen.questions.map((question) => question.fact)));
  const details = FACT_IDS.filter((fact) => !asked.has(fact));
  if (details.length > 0) {
    groups.push({
      linkId: DETAILS_GROUP,
      type: "group",
      text: messages.detailsGroup.title,
      item: details.map((fact) => questionItem({ fact }, messages, false)),
    });
  }
  return {
    resourceType: "Questionnaire",
    id: "backtalk-check",
    url: QUESTIONNAIRE_URL,
    version: KNOWLEDGE_VERSION,
    name: "BackTalkCheck",
    title: messages.appName,
    status: "active",
    date: CONTENT_REVIEWED,
    language: lang,
    description: `${messages.tagline} ${messages.disclaimer.short}`,
    subjectType: ["Patient"],
    item: groups,
  };
}
