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

/** GET /api/rules and GET /api/questionnaire. */
export function knowledgeRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const body = JSON.stringify(KNOWLEDGE);
  app.get("/api/rules", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    return c.body(body, 200, { "Content-Type": "application/json; charset=utf-8" });
  });
  // Built once per language: the questionnaire is pure data from the engine.
  const questionnaires = Object.fromEntries(
    LANGS.map((lang) => [lang, JSON.stringify(toQuestionnaire(lang))]),
  ) as Record<Lang, string>;
  app.get("/api/questionnaire", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    c.header("Content-Language", c.get("locale"));
    c.header("Vary", "Accept-Language");
    return c.body(questionnaires[c.get("locale")], 200, {
      "Content-Type": "application/fhir+json; charset=utf-8",
    });
  });
  return app;
}
