import {
  CAUSES,
  CONTENT_REVIEWED,
  FACT_KINDS,
  KNOWLEDGE_VERSION,
  LANGS,
  type Lang,
  LEVEL_INFO,
  LEVELS,
  RULES,
  SCREENS,
  SELF_CARE_RULE,
  SOURCES,
  toQuestionnaire,
} from "@backtalk/engine";
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { type CachedDocument, cachedDocument, sendDocument } from "../http/cached-document.ts";

/** The whole knowledge base as data, for clinicians to review and for others to build on. Built once. */
const KNOWLEDGE = {
  knowledgeVersion: KNOWLEDGE_VERSION,
  contentReviewed: CONTENT_REVIEWED,
  levels: LEVELS.map((id) => ({ id, ...LEVEL_INFO[id] })),
  rules: [
    ...RULES.map((rule) => ({
      id: rule.id,
      level: rule.level,
      when: rule.when,
      ...(rule.alsoCite ? { alsoCite: rule.alsoCite } : {}),
      causes: rule.causes,
      causeStrength: rule.causeStrength,
      sources: rule.sources,
    })),
    {
      id: SELF_CARE_RULE.id,
      level: SELF_CARE_RULE.level,
      when: "no other rule fires and no unknown fact could make one fire",
      causes: [{ cause: SELF_CARE_RULE.cause }],
      causeStrength: "fallback",
      sources: SELF_CARE_RULE.sources,
    },
  ],
  causes: CAUSES,
  facts: FACT_KINDS,
  screens: SCREENS,
  sources: SOURCES,
};

/** GET /api/rules and GET /api/questionnaire, each built once, with ETag and Cache-Control. */
export function knowledgeRoutes(fhirBase: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const knowledge = cachedDocument(JSON.stringify(KNOWLEDGE), "application/json; charset=utf-8");
  app.get("/api/rules", (c) => sendDocument(c, knowledge));
  const questionnaires = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      cachedDocument(
        JSON.stringify(toQuestionnaire(lang, { base: fhirBase })),
        "application/fhir+json; charset=utf-8",
      ),
    ]),
  ) as Record<Lang, CachedDocument>;
  app.get("/api/questionnaire", (c) => {
    c.header("Content-Language", c.get("locale"));
    c.header("Vary", "Accept-Language");
    return sendDocument(c, questionnaires[c.get("locale")]);
  });
  return app;
}
