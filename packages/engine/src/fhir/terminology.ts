import type { CodeSystem, CodeSystemConcept, ValueSet } from "fhir/r4.js";
import { ruleTitle } from "../explain.ts";
import { RULES, SELF_CARE_RULE } from "../knowledge/rules/index.ts";
import { CONTENT_REVIEWED, KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import { DEFAULT_LANG, factText, LANGS, type Lang, type Messages, messagesFor } from "../locales/index.ts";
import { FACT_IDS, FACT_KINDS } from "../schema/fact-kinds.ts";
import { CAUSES, LEVELS } from "../schema/vocabulary.ts";
import { canonical, DEFAULT_FHIR_BASE } from "./canonical.ts";
import { foldForSearch } from "./fold.ts";

/** A BackTalk code: its display in every language, and optionally what it means. */
interface Concept {
  readonly code: string;
  readonly display: (messages: Messages, lang: Lang) => string;
  readonly definition?: (messages: Messages) => string;
}

interface Terminology {
  /** The id of both the CodeSystem and its ValueSet (all codes); also the last part of their URLs. */
  readonly id: string;
  readonly title: (messages: Messages) => string;
  readonly concepts: readonly Concept[];
}

const codedFacts = FACT_IDS.filter((fact) => {
  const { type } = FACT_KINDS[fact];
  return type === "choice" || type === "choices";
});

/**
 * Every code BackTalk puts in a FHIR resource, by code system. Derived from the engine's own tables (levels,
 * rules, causes, facts and their answer values), so a new rule or answer gets its code with no edit here.
 */
export const TERMINOLOGIES: readonly Terminology[] = [
  {
    id: "level",
    title: (m) => m.fhir.levelSystem,
    concepts: LEVELS.map((level) => ({
      code: level,
      display: (m) => m.levels[level].short,
      definition: (m) => m.levels[level].title,
    })),
  },
  {
    id: "rule",
    title: (m) => m.fhir.ruleSystem,
    concepts: [...RULES.map((rule) => rule.id), SELF_CARE_RULE.id].map((id) => ({
      code: id,
      display: (_m, lang) => ruleTitle(id, [], lang),
    })),
  },
  {
    id: "cause",
    title: (m) => m.fhir.causeSystem,
    concepts: CAUSES.map((cause) => ({ code: cause, display: (m) => m.causes[cause].name })),
  },
  {
    id: "cause-likelihood",
    title: (m) => m.fhir.causeLikelihood,
    concepts: [
      { code: "possible", display: (m) => m.fhir.possible, definition: (m) => m.fhir.possibleCause },
    ],
  },
  {
    id: "fact",
    title: (m) => m.fhir.factSystem,
    concepts: FACT_IDS.map((fact) => ({
      code: fact,
      display: (m) => factText(m, fact).short,
      definition: (m) => factText(m, fact).question,
    })),
  },
  {
    id: "yes-no",
    title: (m) => m.fhir.yesNo,
    concepts: [
      { code: "true", display: (m) => m.answers.yes },
      { code: "false", display: (m) => m.answers.no },
    ],
  },
  {
    id: "knowledge-version",
    title: (m) => m.fhir.knowledgeVersion,
    concepts: [{ code: KNOWLEDGE_VERSION, display: (m) => m.fhir.knowledgeVersion }],
  },
  ...codedFacts.map(
    (fact): Terminology => ({
      id: fact,
      title: (m) => m.fhir.answersTo.replace("{question}", factText(m, fact).short),
      concepts: (FACT_KINDS[fact] as { options: readonly string[] }).options.map((code) => ({
        code,
        display: (m) => factText(m, fact).options?.[code] ?? code,
      })),
    }),
  ),
];

export const TERMINOLOGY_IDS: readonly string[] = TERMINOLOGIES.map((terminology) => terminology.id);

/** A FHIR computable name: letters and digits, starting with a capital ("yes-no" -> "BackTalkYesNo"). */
const computableName = (id: string): string =>
  `BackTalk${id
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("")}`;

const find = (id: string): Terminology | undefined => TERMINOLOGIES.find((t) => t.id === id);

/**
 * One BackTalk CodeSystem (English displays, Spanish as designations), or undefined for an unknown id.
 * @example toCodeSystem("level")?.concept?.map((c) => c.code) // ["emergency", "urgent", "soon", "self_care"]
 */
export function toCodeSystem(id: string, base: string = DEFAULT_FHIR_BASE): CodeSystem | undefined {
  const terminology = find(id);
  if (!terminology) return undefined;
  const en = messagesFor(DEFAULT_LANG);
  const concept = terminology.concepts.map((c): CodeSystemConcept => {
    const definition = c.definition?.(en);
    const designation = LANGS.filter((lang) => lang !== DEFAULT_LANG).map((lang) => ({
      language: lang,
      value: c.display(messagesFor(lang), lang),
    }));
    return {
      code: c.code,
      display: c.display(en, DEFAULT_LANG),
      ...(definition ? { definition } : {}),
      designation,
    };
  });
  return {
    resourceType: "CodeSystem",
    id: terminology.id,
    url: canonical(base, "CodeSystem", terminology.id),
    version: KNOWLEDGE_VERSION,
    name: computableName(terminology.id),
    title: terminology.title(en),
    status: "active",
    experimental: false,
    date: CONTENT_REVIEWED,
    publisher: "BackTalk",
    caseSensitive: true,
    valueSet: canonical(base, "ValueSet", terminology.id),
    content: "complete",
    count: concept.length,
    concept,
  };
}

/** The ValueSet of every code of one BackTalk CodeSystem, or undefined for an unknown id. */
export function toValueSet(id: string, base: string = DEFAULT_FHIR_BASE): ValueSet | undefined {
  const terminology = find(id);
  if (!terminology) return undefined;
  return {
    resourceType: "ValueSet",
    id: terminology.id,
    url: canonical(base, "ValueSet", terminology.id),
    version: KNOWLEDGE_VERSION,
    name: computableName(terminology.id),
    title: terminology.title(messagesFor(DEFAULT_LANG)),
    status: "active",
    experimental: false,
    date: CONTENT_REVIEWED,
    publisher: "BackTalk",
    compose: {
      include: [{ system: canonical(base, "CodeSystem", terminology.id), version: KNOWLEDGE_VERSION }],
    },
  };
}

export interface ExpandOptions {
  readonly base?: string;
  /** The language of each code's display (FHIR's displayLanguage); English when not given. */
  readonly lang?: Lang;
  /** Keep only codes whose code or display contains this text, any case and accents (FHIR's `filter`). */
  readonly filter?: string;
  /** When the expansion was made (ISO date-time). */
  readonly timestamp: string;
}

/**
 * A BackTalk ValueSet with its codes listed (FHIR ValueSet/$expand), as form fillers and terminology clients
 * ask for them; undefined for an unknown id.
 * @example expandValueSet("level", { lang: "es", timestamp })?.expansion?.contains?.[0]?.display // "Emergencia ahora"
 */
export function expandValueSet(id: string, options: ExpandOptions): ValueSet | undefined {
  const valueSet = toValueSet(id, options.base);
  const terminology = find(id);
  if (!valueSet || !terminology) return undefined;
  const lang = options.lang ?? DEFAULT_LANG;
  const messages = messagesFor(lang);
  const system = canonical(options.base ?? DEFAULT_FHIR_BASE, "CodeSystem", terminology.id);
  const wanted = options.filter ? foldForSearch(options.filter) : undefined;
  const contains = terminology.concepts
    .map((concept) => ({
      system,
      version: KNOWLEDGE_VERSION,
      code: concept.code,
      display: concept.display(messages, lang),
    }))
    .filter(
      ({ code, display }) =>
        !wanted || foldForSearch(code).includes(wanted) || foldForSearch(display).includes(wanted),
    );
  return {
    ...valueSet,
    expansion: {
      timestamp: options.timestamp,
      total: contains.length,
      parameter: [
        { name: "displayLanguage", valueCode: lang },
        ...(options.filter ? [{ name: "filter", valueString: options.filter }] : []),
      ],
      // FHIR JSON never carries an empty array: a filter that matches nothing leaves `contains` out.
      ...(contains.length > 0 ? { contains } : {}),
    },
  };
}
