import type {
  Parameters,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from "fhir/r4.js";
import { holds } from "../conditions/evaluate.ts";
import {
  type Answer,
  answerScreen,
  factsOf,
  type InterviewState,
  nextStep,
  plannedQuestions,
  startInterview,
} from "../interview.ts";
import { SCREENS, type ScreenId } from "../knowledge/questions.ts";
import { DEFAULT_LANG, type Lang, langOfTag, messagesFor } from "../locales/index.ts";
import type { PlanOptions } from "../plan.ts";
import { FACT_KINDS } from "../schema/fact-kinds.ts";
import { type FactId, type Facts, LEVELS } from "../schema/vocabulary.ts";
import { type FieldIssue, ValidationError } from "../validate.ts";
import { canonical, DEFAULT_FHIR_BASE } from "./canonical.ts";
import { ADAPTIVE_EXTENSION } from "./capability.ts";
import { toEnableWhen } from "./enable-when.ts";
import { LEVEL_LINK_ID } from "./level-item.ts";
import { groupLinkId, questionItem } from "./questionnaire.ts";
import { answerValue, NOT_SURE, RESPONSE_STATUSES } from "./questionnaire-response.ts";
import { levelCoding, toRiskAssessment } from "./risk-assessment.ts";

type Json = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface NextQuestionOptions extends PlanOptions {
  readonly base?: string;
  /** Language when the request does not name one (the contained Questionnaire's or the response's `language`). */
  readonly lang?: Lang;
  /** Now, as a FHIR dateTime: when the result was reached. */
  readonly now?: string;
}

/** The id the contained Questionnaire gets when the client sends none. */
export const ADAPTIVE_QUESTIONNAIRE_ID = "backtalk-adaptive";
const RISK_ID = "result";

const fail = (issues: FieldIssue[]): never => {
  throw new ValidationError(issues);
};

/**
 * Names the input part may carry: SDC's OperationDefinition calls it "questionnaire-response"; its STU3
 * Parameters profile fixed it as "in". Both are in use by clients, so both are read.
 */
const INPUT_PART_NAMES: readonly unknown[] = ["questionnaire-response", "in"];

const isResponsePart = (part: unknown): part is Json =>
  isObject(part) && isObject(part.resource) && part.resource.resourceType === "QuestionnaireResponse";

/**
 * The QuestionnaireResponse inside a request: sent bare, or as Parameters whose part is named
 * "questionnaire-response" (or "in"), or whose one part holds a QuestionnaireResponse.
 */
function unwrap(body: unknown): { response: Json; parameters: boolean } {
  if (isObject(body) && body.resourceType === "Parameters") {
    const parts = Array.isArray(body.parameter) ? body.parameter : [];
    const named = parts.find((part) => isObject(part) && INPUT_PART_NAMES.includes(part.name));
    const responses = parts.filter(isResponsePart);
    const input = (named ?? (responses.length === 1 ? responses[0] : undefined)) as Json | undefined;
    if (!input || !isObject(input.resource)) {
      return fail([
        {
          path: "parameter",
          code: "required",
          message: 'needs a part named "questionnaire-response" whose resource is a QuestionnaireResponse',
        },
      ]);
    }
    return { response: input.resource, parameters: true };
  }
  return { response: isObject(body) ? body : {}, parameters: false };
}

const SCREEN_BY_GROUP = new Map(SCREENS.map((screen) => [groupLinkId(screen.id), screen.id]));

/** The next screen's questions as one FHIR group, with on-screen follow-ups as enableWhen. */
function screenGroup(
  state: InterviewState,
  screenId: ScreenId,
  lang: Lang,
  base: string,
  earlier: ReadonlySet<string>,
): QuestionnaireItem {
  const messages = messagesFor(lang);
  const planned = plannedQuestions(state, screenId);
  const onScreen = new Set<string>(planned.map(({ question }) => question.fact));
  const { title, intro } = messages.screens[screenId];
  return {
    linkId: groupLinkId(screenId),
    type: "group",
    text: title,
    item: [
      ...(intro ? [{ linkId: `${groupLinkId(screenId)}.intro`, type: "display" as const, text: intro }] : []),
      ...planned.map(({ question, showWhen }) => {
        const enable = showWhen ? toEnableWhen(showWhen, base) : undefined;
        // enableWhen may only point at items the form has; otherwise ask unconditionally (asking more is safe).
        const usable = enable?.enableWhen?.every(
          (test) => onScreen.has(test.question) || earlier.has(test.question),
        );
        return questionItem(question.fact, messages, {
          base,
          howToFindOut: question.canFindOut === true,
          required: true,
          enable: usable ? enable : undefined,
        });
      }),
    ],
  };
}

/** The read-only result item: the level as a coding. */
function levelItem(lang: Lang, base: string): QuestionnaireItem {
  const messages = messagesFor(lang);
  return {
    linkId: LEVEL_LINK_ID,
    type: "choice",
    text: messages.fhir.levelQuestion,
    readOnly: true,
    answerOption: LEVELS.map((level) => ({ valueCoding: levelCoding(level, base, lang) })),
  };
}

const questionsOf = (group: QuestionnaireItem): QuestionnaireItem[] =>
  (group.item ?? []).filter((item) => item.type !== "display");

/** Answers by linkId, from a response's items at any depth; the first answer list given for a linkId wins. */
function answersByLinkId(
  items: unknown,
  into = new Map<string, { answers: unknown; path: string }>(),
  path = "item",
) {
  if (!Array.isArray(items)) return into;
  items.forEach((item, index) => {
    if (!isObject(item) || typeof item.linkId !== "string") return;
    const at = `${path}[${index}]`;
    if (item.answer !== undefined && !into.has(item.linkId))
      into.set(item.linkId, { answers: item.answer, path: `${at}.answer` });
    answersByLinkId(item.item, into, `${at}.item`);
  });
  return into;
}

/** Every linkId in an item tree. */
function linkIdsOf(items: unknown, into = new Set<string>()): Set<string> {
  if (!Array.isArray(items)) return into;
  for (const item of items) {
    if (!isObject(item)) continue;
    if (typeof item.linkId === "string") into.add(item.linkId);
    linkIdsOf(item.item, into);
  }
  return into;
}

/**
 * Refuses what would otherwise be dropped without a word: a status FHIR does not define, and answers to
 * items the contained Questionnaire never asked (such as a response built from the static Questionnaire, or
 * one sent without the `contained` form of the last step). The answers of a warning sign must not vanish.
 */
function checkResponse(
  response: Json,
  questionnaire: Json | undefined,
  asked: readonly unknown[],
  answers: ReadonlyMap<string, { answers: unknown; path: string }>,
): void {
  const issues: FieldIssue[] = [];
  if (response.status !== undefined && !RESPONSE_STATUSES.includes(response.status as string)) {
    issues.push({
      path: "status",
      code: "invalid_value",
      message: `must be one of ${RESPONSE_STATUSES.map((status) => `"${status}"`).join(", ")}`,
    });
  }
  const known = linkIdsOf(asked);
  for (const [linkId, { answers: given, path }] of answers) {
    if (known.has(linkId) || (Array.isArray(given) && given.length === 0)) continue;
    issues.push({
      path: `${path.replace(/\.answer$/, "")}.linkId`,
      code: "unknown_item",
      message: questionnaire
        ? `"${linkId}" is not an item of the contained Questionnaire; answer only the items it asks`
        : `"${linkId}" was not asked: send back the whole QuestionnaireResponse of the last step (its contained Questionnaire holds the questions asked so far) and answer only its items; to assess answers to the whole check at once, POST them to /api/assess`,
    });
  }
  if (issues.length > 0) fail(issues);
}

/** One question's answer as the interview's Answer, or an issue. Undefined means unanswered. */
function readAnswer(
  fact: FactId,
  given: { answers: unknown; path: string } | undefined,
  issues: FieldIssue[],
): Answer | undefined {
  if (!given) return undefined;
  const { answers, path } = given;
  if (!Array.isArray(answers)) {
    issues.push({ path, code: "invalid_type", message: `"${fact}" answers must be a list` });
    return undefined;
  }
  if (answers.length === 0) return undefined;
  const values = answers.map((answer) => (isObject(answer) ? answerValue(fact, answer) : undefined));
  const bad = values.indexOf(undefined);
  if (bad >= 0) {
    issues.push({
      path: `${path}[${bad}]`,
      code: "invalid_value",
      message: `"${fact}" must be answered with one of the item's answerOption codings (or a whole number for a number question)`,
    });
    return undefined;
  }
  if (values.includes(NOT_SURE)) {
    if (values.length > 1)
      issues.push({
        path,
        code: "not_sure_and_answer",
        message: `"${fact}" is answered "not sure" and also given a value`,
      });
    return "dont_know";
  }
  if (FACT_KINDS[fact].type === "choices") return values as Answer;
  if (values.length > 1) {
    issues.push({ path, code: "too_many_answers", message: `"${fact}" takes one answer` });
    return undefined;
  }
  return values[0] as Answer;
}

/**
 * HL7 SDC adaptive form, one step ($next-question): reads the QuestionnaireResponse (bare or as Parameters
 * "questionnaire-response") whose contained Questionnaire holds the questions asked so far, replays the answers through the
 * engine's interview, and returns the same response with the next screen's questions appended to the
 * contained Questionnaire (bare, or as Parameters "return"). When the interview is done (at once after an
 * emergency sign), the response is `completed`, carries a read-only "level" item answered with the level,
 * and contains the RiskAssessment. "Not sure" (data-absent-reason asked-unknown) is the interview's
 * "don't know": an unknown fact, never "no". If the client changed an earlier answer so that the questions
 * that follow would differ, the questions after it are dropped and asked afresh.
 * Invalid input throws a ValidationError naming each item.
 */
export function nextQuestion(
  body: unknown,
  options: NextQuestionOptions = {},
): QuestionnaireResponse | Parameters {
  const base = options.base ?? DEFAULT_FHIR_BASE;
  const { response, parameters } = unwrap(body);
  if (response.resourceType !== "QuestionnaireResponse") {
    fail([
      {
        path: "resourceType",
        code: "invalid_value",
        message: 'must be "QuestionnaireResponse" (or Parameters with "questionnaire-response")',
      },
    ]);
  }
  const contained = Array.isArray(response.contained) ? response.contained : [];
  const reference = typeof response.questionnaire === "string" ? response.questionnaire : undefined;
  if (reference !== undefined && !reference.startsWith("#")) {
    fail([
      {
        path: "questionnaire",
        code: "invalid_value",
        message: 'must point at the contained Questionnaire ("#" and its id), or be left out to start',
      },
    ]);
  }
  const questionnaire = contained.find(
    (resource): resource is Json =>
      isObject(resource) &&
      resource.resourceType === "Questionnaire" &&
      (reference === undefined || `#${resource.id}` === reference),
  );
  if (reference !== undefined && !questionnaire) {
    fail([
      {
        path: "questionnaire",
        code: "not_found",
        message: `no contained Questionnaire has the id "${reference.slice(1)}"`,
      },
    ]);
  }
  const asked = Array.isArray(questionnaire?.item) ? (questionnaire.item as unknown[]) : [];
  const named = [questionnaire?.language, response.language]
    .map(langOfTag)
    .find((lang) => lang !== undefined);
  const lang = named ?? options.lang ?? DEFAULT_LANG;
  const answers = answersByLinkId(response.item);
  checkResponse(response, questionnaire, asked, answers);

  // Replay the screens asked so far, in order, while they are still the ones the interview would ask.
  let state = startInterview();
  const groups: QuestionnaireItem[] = [];
  const earlier = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const sent of asked) {
    if (!isObject(sent) || typeof sent.linkId !== "string") break;
    const screenId = SCREEN_BY_GROUP.get(sent.linkId);
    const step = nextStep(state, options);
    if (step.done || screenId === undefined || step.screen.id !== screenId) break;
    const group = screenGroup(state, screenId, lang, base, earlier);
    const sentIds = (Array.isArray(sent.item) ? sent.item : []).flatMap((item) =>
      isObject(item) && item.type !== "display" && typeof item.linkId === "string" ? [item.linkId] : [],
    );
    if (
      sentIds.join(" ") !==
      questionsOf(group)
        .map((item) => item.linkId)
        .join(" ")
    )
      break;
    const onScreen: Partial<Record<FactId, Answer>> = {};
    const known: Record<string, unknown> = { ...factsOf(state) };
    for (const { question, showWhen } of plannedQuestions(state, screenId)) {
      // Answers to a question its follow-up condition hides count as absent (FHIR's rule for disabled items).
      if (showWhen && !holds(showWhen, known as Facts)) continue;
      const { fact } = question;
      const answer = readAnswer(fact, answers.get(fact), issues);
      if (answer === undefined) {
        if (FACT_KINDS[fact].type === "integer") onScreen[fact] = "dont_know";
        else
          issues.push({
            path: `item.where(linkId='${sent.linkId}').item.where(linkId='${fact}')`,
            code: "required",
            message: `"${fact}" needs an answer: one of its options, or "not sure" (${messagesFor(lang).answers.dontKnow})`,
          });
        continue;
      }
      onScreen[fact] = answer;
      if (answer !== "dont_know") known[fact] = answer;
    }
    if (issues.length > 0) break;
    state = answerScreen(state, screenId, onScreen);
    groups.push(group);
    for (const item of questionsOf(group)) earlier.add(item.linkId);
  }
  if (issues.length > 0) fail(issues);

  const step = nextStep(state, options);
  const messages = messagesFor(lang);
  const questionnaireId = text(questionnaire?.id) ?? ADAPTIVE_QUESTIONNAIRE_ID;
  const items: QuestionnaireItem[] = step.done
    ? [...groups, levelItem(lang, base)]
    : [...groups, screenGroup(state, step.screen.id, lang, base, earlier)];
  const form: Questionnaire = {
    resourceType: "Questionnaire",
    id: questionnaireId,
    extension: [{ url: ADAPTIVE_EXTENSION, valueBoolean: true }],
    derivedFrom: [canonical(base, "Questionnaire", `backtalk-check-${lang}`)],
    language: lang,
    title: messages.appName,
    status: "active",
    subjectType: ["Patient"],
    item: items,
  };
  const answered = groups
    .flatMap((group): QuestionnaireResponseItem[] => {
      const inner = questionsOf(group).flatMap((item): QuestionnaireResponseItem[] => {
        const answer = state.steps.find((s) => groupLinkId(s.screen) === group.linkId)?.answers[
          item.linkId as FactId
        ];
        if (answer === undefined) return [];
        const given = answers.get(item.linkId)?.answers as QuestionnaireResponseItemAnswer[] | undefined;
        // An empty number answer was read as "not sure"; nothing to echo.
        if (!given || given.length === 0) return [];
        return [{ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), answer: given }];
      });
      return [
        {
          linkId: group.linkId,
          ...(group.text ? { text: group.text } : {}),
          ...(inner.length > 0 ? { item: inner } : {}),
        },
      ];
    })
    .filter((item) => item.item !== undefined);

  const result: QuestionnaireResponse = {
    resourceType: "QuestionnaireResponse",
    ...(text(response.id) === undefined ? {} : { id: text(response.id) as string }),
    language: lang,
    contained: [form],
    questionnaire: `#${questionnaireId}`,
    status: step.done ? "completed" : "in-progress",
    ...(typeof response.authored === "string"
      ? { authored: response.authored }
      : options.now
        ? { authored: options.now }
        : {}),
    item: answered,
  };
  if (step.done) {
    const { level } = step.assessment;
    const risk = toRiskAssessment(step.assessment, {
      base,
      lang,
      id: RISK_ID,
      ...(options.now ? { occurrence: options.now } : {}),
    });
    // A contained resource must be referenced from its container (FHIR dom-3).
    result.extension = [
      {
        url: canonical(base, "StructureDefinition", "triage-result"),
        valueReference: { reference: `#${RISK_ID}` },
      },
    ];
    result.contained = [form, risk];
    if (level)
      result.item = [
        ...answered,
        {
          linkId: LEVEL_LINK_ID,
          text: messages.fhir.levelQuestion,
          answer: [{ valueCoding: levelCoding(level, base, lang) }],
        },
      ];
  }
  return parameters
    ? { resourceType: "Parameters", parameter: [{ name: "return", resource: result }] }
    : result;
}
