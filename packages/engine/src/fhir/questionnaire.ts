import type { Extension, Questionnaire, QuestionnaireItem } from "fhir/r4.js";
import { type Condition, factsIn } from "../conditions/condition.ts";
import { SCREENS, type Screen } from "../knowledge/questions.ts";
import { RULES } from "../knowledge/rules/index.ts";
import { CONTENT_REVIEWED, KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import type { FactText } from "../locales/en.ts";
import { DEFAULT_LANG, type Lang, type Messages, messagesFor } from "../locales/index.ts";
import { FACT_IDS, FACT_KINDS } from "../schema/fact-kinds.ts";
import type { FactId, Facts } from "../schema/vocabulary.ts";
import { DEFAULT_FHIR_BASE } from "./canonical.ts";
import { couldHold, type EnableWhen, simplify, toEnableWhen } from "./enable-when.ts";
import { codingSystem, dontKnowCoding, questionnaireUrl } from "./fhir-answer.ts";

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
const UCUM = "http://unitsofmeasure.org";

const factText = (messages: Messages, fact: FactId): FactText => messages.facts[fact] as FactText;

type IntegerFact = { [K in FactId]: NonNullable<Facts[K]> extends number ? K : never }[FactId];

/** The UCUM unit of each whole-number fact (a = year, d = day; braces are UCUM's annotations for counts). */
const UCUM_UNITS: Readonly<Record<IntegerFact, string>> = {
  age: "a",
  painScore: "{score}",
  onsetDaysAgo: "d",
  previousEpisodesSameArea: "{episodes}",
  selfCareDays: "d",
};

function integerExtensions(fact: FactId, text: FactText): Extension[] {
  const kind = FACT_KINDS[fact];
  if (kind.type !== "integer") return [];
  const code = UCUM_UNITS[fact as IntegerFact];
  return [
    { url: MIN_VALUE, valueInteger: kind.min },
    ...(kind.max === undefined ? [] : [{ url: MAX_VALUE, valueInteger: kind.max }]),
    { url: UNIT, valueCoding: { system: UCUM, code, ...(text.unit ? { display: text.unit.other } : {}) } },
  ];
}

const display = (linkId: string, text: string, control?: string): QuestionnaireItem => ({
  linkId,
  type: "display",
  text,
  ...(control
    ? {
        extension: [
          {
            url: ITEM_CONTROL,
            valueCodeableConcept: {
              coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: control }],
            },
          },
        ],
      }
    : {}),
});

export interface QuestionItemOptions {
  readonly base: string;
  /** Adds the "how to find out" help (take your temperature). */
  readonly howToFindOut?: boolean;
  /** The interview needs an answer ("not sure" is one); whole numbers are never required: empty is "not sure". */
  readonly required?: boolean;
  readonly enable?: EnableWhen | undefined;
}

/**
 * One question as a FHIR item: linkId = fact id, answer codes = fact values. Yes/no and choice questions are
 * `choice` items that also offer "not sure" (data-absent-reason asked-unknown), so a form can require an answer
 * without forcing a guess; a whole number left empty is "not sure".
 */
export function questionItem(
  fact: FactId,
  messages: Messages,
  options: QuestionItemOptions,
): QuestionnaireItem {
  const kind = FACT_KINDS[fact];
  const text = factText(messages, fact);
  const extension = integerExtensions(fact, text);
  const help: QuestionnaireItem[] = [
    ...(options.howToFindOut && text.findOut ? [display(`${fact}.help`, text.findOut, "help")] : []),
    ...(kind.type === "integer" && options.required !== undefined
      ? [display(`${fact}.hint`, messages.fhir.emptyIfNotSure, "flyover")]
      : []),
  ];
  const codes =
    kind.type === "boolean"
      ? [
          { code: "true", display: messages.answers.yes },
          { code: "false", display: messages.answers.no },
        ]
      : kind.type === "choice" || kind.type === "choices"
        ? kind.options.map((code) => ({ code, display: text.options?.[code] ?? code }))
        : [];
  return {
    linkId: fact,
    text: text.question,
    type: kind.type === "integer" ? "integer" : "choice",
    ...(options.required && kind.type !== "integer" ? { required: true } : {}),
    ...(kind.type === "choices" ? { repeats: true } : {}),
    ...(codes.length > 0
      ? {
          answerOption: [
            ...codes.map(({ code, display }) => ({
              valueCoding: { system: codingSystem(fact, options.base), code, display },
            })),
            { valueCoding: dontKnowCoding(messages.answers.dontKnow) },
          ],
        }
      : {}),
    ...(extension.length > 0 ? { extension } : {}),
    ...options.enable,
    ...(help.length > 0 ? { item: help } : {}),
  };
}

/**
 * When a screen is worth showing, from the rules: some rule that one of its questions could decide might
 * still fire, given the answers on earlier screens. This over-approximates the engine (which also stops once
 * a level is settled), so the form may ask a little more, never less. Undefined means always enabled.
 */
function screenEnableWhen(
  screen: Screen,
  earlier: ReadonlySet<FactId>,
  base: string,
): EnableWhen | undefined {
  const decides = new Set(
    screen.questions.flatMap((q) => (q.askedFor === "clinician" ? [] : [q.askedFor ?? q.fact])),
  );
  const parts = RULES.filter((rule) => factsIn(rule.when).some((fact) => decides.has(fact))).map((rule) =>
    couldHold(rule.when, earlier),
  );
  if (parts.length === 0 || parts.includes(true)) return undefined;
  const open = parts.filter((part): part is Condition => part !== false);
  if (open.length === 0) return undefined;
  return toEnableWhen(simplify(open.length === 1 ? (open[0] as Condition) : { any: open }), base);
}

export interface QuestionnaireOptions {
  /** Canonical base of every URL in the resource (the server's PUBLIC_BASE_URL + "/fhir"). */
  readonly base?: string;
}

/**
 * BackTalk's check as a FHIR R4 Questionnaire in one language: one group per interview screen
 * (linkId "group.<screen id>") with one item per question (linkId = fact id), then a "group.details" group for
 * the other facts of case.schema.json. Each language is its own Questionnaire (url ends in "-en", "-es").
 *
 * - "Not sure": yes/no and choice questions are choices that also offer "not sure" and are `required`, so a form
 *   cannot be sent with a warning sign left blank by accident; a whole number left empty is unknown. Either way
 *   the engine reads "not sure" as unknown, never as "no".
 * - enableWhen: each question's `showWhen` is converted exactly (see toEnableWhen); a screen's own enableWhen
 *   comes from the rules (e.g. infection risks matter unless fever was answered "no"). A condition that R4's
 *   flat enableWhen cannot express leaves the item always enabled: asking more is safe, asking less is not.
 * - A static form does not stop at an emergency sign the way the interview does: for that, use the adaptive
 *   form ($next-question), or assess the response with the engine (factsFromQuestionnaireResponse, then assess).
 * @example toQuestionnaire("es").item?.[0]?.linkId // "group.emergency_signs"
 */
export function toQuestionnaire(
  lang: Lang = DEFAULT_LANG,
  options: QuestionnaireOptions = {},
): Questionnaire {
  const base = options.base ?? DEFAULT_FHIR_BASE;
  const messages = messagesFor(lang);
  const earlier = new Set<FactId>();
  const groups: QuestionnaireItem[] = SCREENS.map((screen) => {
    const { title, intro } = messages.screens[screen.id];
    const group: QuestionnaireItem = {
      linkId: groupLinkId(screen.id),
      type: "group",
      text: title,
      ...screenEnableWhen(screen, earlier, base),
      item: [
        ...(intro
          ? [{ linkId: `${groupLinkId(screen.id)}.intro`, type: "display" as const, text: intro }]
          : []),
        ...screen.questions.map((question) =>
          questionItem(question.fact, messages, {
            base,
            howToFindOut: question.canFindOut === true,
            required: true,
            enable: question.showWhen ? toEnableWhen(question.showWhen, base) : undefined,
          }),
        ),
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
      item: details.map((fact) => questionItem(fact, messages, { base })),
    });
  }
  return {
    resourceType: "Questionnaire",
    id: `backtalk-check-${lang}`,
    url: questionnaireUrl(lang, base),
    version: KNOWLEDGE_VERSION,
    name: `BackTalkCheck${lang.toUpperCase()}`,
    title: messages.appName,
    status: "active",
    date: CONTENT_REVIEWED,
    language: lang,
    description: `${messages.tagline} ${messages.disclaimer.short}`,
    subjectType: ["Patient"],
    item: groups,
  };
}
