import {
  CAUSES,
  CONTENT_REVIEWED,
  FACT_KINDS,
  KNOWLEDGE_VERSION,
  LEVEL_INFO,
  LEVELS,
  RULES,
  SCREENS,
  SELF_CARE_RULE,
  SOURCES,
} from "@backtalk/engine";
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { HttpProblem } from "../http/problem.ts";

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
  app.get("/api/questionnaire", () => {
    // TODO(fhir): serve the engine's FHIR Questionnaire once packages/engine/src/fhir/ exports it.
    throw new HttpProblem({
      status: 501,
      slug: "not-implemented",
      title: "The FHIR Questionnaire is not available yet",
      detail: "use GET /api/rules for the questions and rules as plain JSON",
    });
  });
  return app;
}
