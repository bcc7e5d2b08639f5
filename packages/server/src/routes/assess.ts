import {
  assess,
  type Case,
  dateIn,
  explain,
  type Facts,
  factsFromQuestionnaireResponse,
  isLang,
  langOfTag,
  nextStep,
  parseCase,
  parseWith,
  toQuestionnaireResponse,
  toRiskAssessment,
  ValidationError,
} from "@backtalk/engine";
import { type Context, Hono } from "hono";
import { assessBatchSchema, MAX_BATCH } from "../contract/assessment.ts";
import type { AppEnv } from "../env.ts";
import { qualities } from "../http/accept.ts";
import { FHIR_JSON_TYPES } from "../http/fhir-format.ts";
import { langQuery, langQueryWeSpeak, requestedLocale } from "../http/locale.ts";
import { badQuery, validated } from "../http/problem.ts";
import type { Limiter } from "../http/rate-limit.ts";
import { readJson } from "../http/read-json.ts";
import { countryOf, screenTexts } from "../texts.ts";
import { fhirResponse } from "./fhir.ts";
import { parseInterviewRequest } from "./interview-request.ts";

export const ASSESS_BODY_LIMIT = 64 * 1024;
/** A batch of MAX_BATCH cases with every fact answered is about 1 MB; this leaves room for ids and descriptions. */
export const BATCH_BODY_LIMIT = 4 * 1024 * 1024;

export interface AssessDeps {
  /** Rate limit shared by assessment (one token per case) and interview answering. */
  readonly limit: Limiter;
  /** Dates in the self-care plan (check again on...) count from this day. */
  readonly clock: () => Date;
  /** FHIR base of the canonical URLs in a FHIR answer. */
  readonly fhirBase: string;
}

/**
 * The client asked for FHIR: Accept names application/fhir+json (or DSTU2's application/json+fhir) and
 * prefers it to plain JSON.
 */
function wantsFhir(accept: string | undefined): boolean {
  const accepted = qualities(accept);
  const fhir = Math.max(...FHIR_JSON_TYPES.map((type) => accepted.get(type) ?? 0));
  return fhir > 0 && fhir >= (accepted.get("application/json") ?? 0);
}

type Input = { id?: string | undefined; facts: Facts };

/** A FHIR QuestionnaireResponse to the engine's questionnaire; its `id`, if any, is echoed like a case id. */
function fromFhir(resource: { id?: unknown }): Input {
  const facts = validated(() => factsFromQuestionnaireResponse(resource));
  return typeof resource.id === "string" ? { id: resource.id, facts } : { facts };
}

const isQuestionnaireResponse = (body: unknown): boolean =>
  typeof body === "object" &&
  body !== null &&
  (body as { resourceType?: unknown }).resourceType === "QuestionnaireResponse";

/** A batch is checked item by item, so every error names its index ("[3].facts.age"). */
function parseBatch(body: unknown[]): Case[] {
  if (body.length === 0 || body.length > MAX_BATCH) {
    throw new ValidationError([
      { path: "", code: "invalid_value", message: `must be an array of 1 to ${MAX_BATCH} cases` },
    ]);
  }
  return parseWith(assessBatchSchema, body, []);
}

/** Fields a client may use for a person's own words, which /api/interview reads and /api/assess does not. */
const WORDS_FIELDS = new Set(["text", "description", "words", "message"]);

/** A case, where words sent in place of facts get an error that points to /api/interview. */
function parseSingleCase(body: unknown): Case {
  try {
    return parseCase(body);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.issues.map((issue) =>
        issue.code === "unknown_field" && WORDS_FIELDS.has(issue.path)
          ? {
              ...issue,
              message: `a person's own words are read by POST /api/interview, sent as {"text": "..."}; /api/assess takes "facts"`,
            }
          : issue,
      ),
    );
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The person's date, which the self-care plan counts from: `?today=YYYY-MM-DD` as the client's calendar shows
 * it, else the date now in `?tz=` (an IANA time zone such as America/Los_Angeles), else the UTC date.
 */
function todayOf(c: Context<AppEnv>, clock: () => Date): string {
  const today = c.req.query("today");
  if (today !== undefined) {
    if (!DATE.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))
      throw badQuery("today", "must be a date such as 2026-12-06");
    return today;
  }
  const zone = c.req.query("tz");
  // The UTC date is the ISO instant's date: no formatter needed for the common case.
  if (zone === undefined) return clock().toISOString().slice(0, 10);
  try {
    return dateIn(clock(), zone);
  } catch {
    throw badQuery("tz", "must be an IANA time zone such as America/Los_Angeles or Europe/Madrid");
  }
}

/** POST /api/assess (a case, a batch of cases or a FHIR QuestionnaireResponse) and POST /api/interview. */
export function assessRoutes({ limit, clock, fhirBase }: AssessDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const result = (c: Context<AppEnv>, input: Input) => {
    const assessment = assess(input.facts, { today: todayOf(c, clock) });
    const locale = c.get("locale");
    return {
      ...(input.id === undefined ? {} : { id: input.id }),
      ...assessment,
      lang: locale,
      texts: explain(assessment, {
        lang: locale,
        country: countryOf(c.req.query("country"), c.req.header("accept-language")),
      }),
    };
  };

  /** The assessment as a FHIR RiskAssessment; the answers travel inside it as its basis, so it stands alone. */
  const riskAssessment = (c: Context<AppEnv>, input: Input) => {
    const locale = c.get("locale");
    const answers = {
      ...toQuestionnaireResponse(input.facts, { lang: locale, base: fhirBase }),
      id: "answers",
    };
    return toRiskAssessment(assess(input.facts, { today: todayOf(c, clock) }), {
      base: fhirBase,
      lang: locale,
      occurrence: clock().toISOString(),
      contained: [answers],
      basis: [{ reference: "#answers" }],
      ...(input.id === undefined || !/^[A-Za-z0-9\-.]{1,64}$/.test(input.id) ? {} : { id: input.id }),
    });
  };

  app.post("/api/assess", langQueryWeSpeak, limit.middleware, async (c) => {
    const body = await readJson(c, ASSESS_BODY_LIMIT, BATCH_BODY_LIMIT);
    c.header("Vary", "Accept");
    const fhir = wantsFhir(c.req.header("accept"));
    if (Array.isArray(body)) {
      const cases = validated(() => parseBatch(body));
      limit.charge(c, cases.length - 1);
      // A FHIR client gets the batch as a collection Bundle, one RiskAssessment per case in the same order.
      if (fhir) {
        const entry = cases.map((each) => ({ resource: riskAssessment(c, each) }));
        return fhirResponse(c, { resourceType: "Bundle", type: "collection", entry }, 200, {
          negotiated: true,
        });
      }
      return c.json(cases.map((each) => result(c, each)));
    }
    const fromResponse = isQuestionnaireResponse(body);
    const input = fromResponse ? fromFhir(body as { id?: unknown }) : validated(() => parseSingleCase(body));
    // A response written in a language of ours is answered in it, unless the request names a language.
    const written = fromResponse ? langOfTag((body as { language?: unknown }).language) : undefined;
    if (written && !requestedLocale(c)) c.set("locale", written);
    if (fhir) return fhirResponse(c, riskAssessment(c, input), 200, { negotiated: true });
    return c.json(result(c, input));
  });

  app.post("/api/interview", langQueryWeSpeak, limit.middleware, async (c) => {
    const body = await readJson(c, ASSESS_BODY_LIMIT);
    // The text's own language is detected unless the request names one.
    const named = langQuery(c.req.query("lang"));
    const today = todayOf(c, clock);
    const { state, understood } = validated(() => parseInterviewRequest(body, { lang: named, today }));
    // A client that names no language of ours gets its answer in the language the person wrote in.
    if (!requestedLocale(c) && understood && isLang(understood.lang)) c.set("locale", understood.lang);
    const locale = c.get("locale");
    const step = nextStep(state, { today });
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
