import {
  assess,
  explain,
  type Facts,
  factsFromQuestionnaireResponse,
  nextStep,
  parseCase,
} from "@backtalk/engine";
import { Hono, type MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { validated } from "../http/problem.ts";
import { readJson } from "../http/read-json.ts";
import { countryOf, screenTexts } from "../texts.ts";
import { parseInterviewRequest } from "./interview-request.ts";

export const ASSESS_BODY_LIMIT = 64 * 1024;

export interface AssessDeps {
  /** Rate limit shared by assessment and interview answering. */
  readonly limit: MiddlewareHandler<AppEnv>;
  /** Dates in the self-care plan (check again on...) count from this day. */
  readonly clock: () => Date;
}

/** A FHIR QuestionnaireResponse to the engine's questionnaire; its `id`, if any, is echoed like a case id. */
function fromFhir(resource: { id?: unknown }): { id?: string; facts: Facts } {
  const facts = validated(() => factsFromQuestionnaireResponse(resource));
  return typeof resource.id === "string" ? { id: resource.id, facts } : { facts };
}

const isQuestionnaireResponse = (body: unknown): boolean =>
  typeof body === "object" &&
  body !== null &&
  (body as { resourceType?: unknown }).resourceType === "QuestionnaireResponse";

const today = (clock: () => Date) => clock().toISOString().slice(0, 10);

/** POST /api/assess (a case or a FHIR QuestionnaireResponse) and POST /api/interview (one stateless step). */
export function assessRoutes({ limit, clock }: AssessDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post("/api/assess", limit, async (c) => {
    const body = await readJson(c, ASSESS_BODY_LIMIT);
    const input: { id?: string | undefined; facts: Facts } = isQuestionnaireResponse(body)
      ? fromFhir(body as { id?: unknown })
      : validated(() => parseCase(body));
    const assessment = assess(input.facts, { today: today(clock) });
    const locale = c.get("locale");
    return c.json({
      ...(input.id === undefined ? {} : { id: input.id }),
      ...assessment,
      lang: locale,
      texts: explain(assessment, {
        lang: locale,
        country: countryOf(c.req.query("country"), c.req.header("accept-language")),
      }),
    });
  });

  app.post("/api/interview", limit, async (c) => {
    const body = await readJson(c, ASSESS_BODY_LIMIT);
    const locale = c.get("locale");
    // The text's own language is detected unless the request names one.
    const named = c.req.query("lang") === locale ? locale : undefined;
    const { state, understood } = validated(() =>
      parseInterviewRequest(body, { lang: named, today: today(clock) }),
    );
    const step = nextStep(state, { today: today(clock) });
    const country = countryOf(c.req.query("country"), c.req.header("accept-language"));
    const ahead = step.done ? undefined : step.broughtForward;
    return c.json({
      ...(understood ? { understood } : {}),
      state,
      done: step.done,
      ...(step.done ? {} : { screen: step.screen }),
      assessment: step.assessment,
      ...(ahead ? { broughtForward: ahead } : {}),
      progress: step.progress,
      lang: locale,
      texts: {
        ...(step.done ? {} : { screen: screenTexts(step.screen, locale) }),
        assessment: explain(step.assessment, { lang: locale, country }),
        ...(ahead ? { broughtForward: explain(ahead, { lang: locale, country }) } : {}),
      },
    });
  });

  return app;
}
