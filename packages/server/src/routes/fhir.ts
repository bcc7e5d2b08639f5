import {
  CONFORMANCE_TYPES,
  conformanceResources,
  expandValueSet,
  isJsonObject,
  KNOWLEDGE_VERSION,
  LANGS,
  type Lang,
  nextQuestion,
  type OutcomeCode,
  searchResources,
  toCapabilityStatement,
  toCodeSystem,
  toOperationOutcome,
  toQuestionnaire,
  toSearchset,
  toValueSet,
  ValidationError,
} from "@backtalk/engine";
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env.ts";
import { type CachedDocument, cachedDocument, sendDocument } from "../http/cached-document.ts";
import { checkFhirFormat } from "../http/fhir-format.ts";
import { matchLocale } from "../http/locale.ts";
import { allowedMethods, methodNotAllowed, optionsAnswer } from "../http/method-not-allowed.ts";
import { badQuery, HttpProblem, notFound, type ProblemInit } from "../http/problem.ts";
import type { Limiter } from "../http/rate-limit.ts";
import { readForm } from "../http/read-form.ts";
import { readJson } from "../http/read-json.ts";

/** An adaptive form grows by a screen per step; a whole interview in Spanish stays well under this. */
export const NEXT_QUESTION_BODY_LIMIT = 256 * 1024;

export const FHIR_JSON = "application/fhir+json; charset=utf-8";
/** A search names a handful of short parameters; anything much longer is not a search. */
const SEARCH_BODY_LIMIT = 4 * 1024;

export interface FhirDeps {
  /** The FHIR base every canonical URL is built from: PUBLIC_BASE_URL + "/fhir". */
  readonly base: string;
  readonly limit: Limiter;
  readonly clock: () => Date;
  /** How an unexpected fault is logged and described (the app's own handler). */
  readonly fault: (error: unknown, c: Context<AppEnv>) => ProblemInit;
}

/** The language a resource is written in: its own `language`, or that of the resource a Parameters returns. */
function languageOf(resource: unknown): string | undefined {
  if (!isJsonObject(resource)) return undefined;
  if (typeof resource.language === "string") return resource.language;
  const [first] = Array.isArray(resource.parameter) ? resource.parameter : [];
  return isJsonObject(first) ? languageOf(first.resource) : undefined;
}

/**
 * A FHIR resource as application/fhir+json, with Content-Language when it names its language. `negotiated`:
 * the answer was written in the language Accept-Language (or ?lang=) picked, so caches must keep one copy
 * per language (Vary).
 */
export const fhirResponse = (
  c: Context<AppEnv>,
  resource: unknown,
  status: ContentfulStatusCode = 200,
  { negotiated = false }: { readonly negotiated?: boolean } = {},
): Response => {
  c.header("Content-Type", FHIR_JSON);
  const language = languageOf(resource);
  if (language !== undefined) c.header("Content-Language", language);
  if (negotiated) c.header("Vary", "Accept-Language", { append: true });
  return c.body(JSON.stringify(resource), status);
};

const ISSUE_CODES: Partial<Record<number, OutcomeCode>> = {
  400: "structure",
  404: "not-found",
  405: "not-supported",
  413: "too-costly",
  406: "not-supported",
  415: "not-supported",
  422: "invalid",
  429: "throttled",
  503: "transient",
};

/** A problem (the API's error form) as a FHIR OperationOutcome: the same status, one issue per bad field. */
export function outcomeOf(init: ProblemInit): unknown {
  const code = ISSUE_CODES[init.status] ?? "exception";
  const fields = init.errors ?? [];
  return toOperationOutcome(
    fields.length > 0
      ? fields.map((field) => ({
          code: field.code === "required" ? "required" : code,
          diagnostics: `${field.path || "(body)"}: ${field.detail}`,
          ...(field.path ? { expression: field.path } : {}),
        }))
      : [{ code, diagnostics: init.detail ? `${init.title}: ${init.detail}` : init.title }],
  );
}

function outcomeResponse(c: Context<AppEnv>, init: ProblemInit): Response {
  for (const [name, value] of Object.entries(init.headers ?? {})) c.header(name, value);
  c.header("Cache-Control", "no-store");
  return fhirResponse(c, outcomeOf(init), init.status);
}

const fromValidation = (error: ValidationError): HttpProblem =>
  new HttpProblem({
    status: 422,
    slug: "invalid-input",
    title: "The request body is not valid",
    errors: error.issues.map((issue) => ({
      pointer: "",
      path: issue.path,
      code: issue.code,
      detail: issue.message,
    })),
  });

/** The query string as [name, value] pairs, repeats kept (FHIR ANDs a repeated parameter). */
const queryPairs = (url: string): [string, string][] => [...new URL(url).searchParams];

/** The simple values of a FHIR Parameters body as [name, value] pairs; anything else names no parameter. */
function parameterPairs(body: unknown): [string, string][] {
  if (!isJsonObject(body) || body.resourceType !== "Parameters" || !Array.isArray(body.parameter)) {
    throw badQuery("(body)", "send a FHIR Parameters resource");
  }
  return body.parameter.flatMap((parameter: unknown): [string, string][] => {
    if (!isJsonObject(parameter) || typeof parameter.name !== "string") return [];
    const value = Object.entries(parameter).find(
      ([key, v]) => key.startsWith("value") && typeof v === "string",
    );
    return value ? [[parameter.name, value[1] as string]] : [];
  });
}

/** A resource built once, with the ETag that lets a client revalidate it (If-None-Match, 304). */
const fhirDocument = (resource: unknown): CachedDocument =>
  cachedDocument(JSON.stringify(resource), FHIR_JSON);

const cached = <T>(build: (id: string) => T | undefined) => {
  const memo = new Map<string, CachedDocument | undefined>();
  return (id: string): CachedDocument | undefined => {
    if (!memo.has(id)) {
      const resource = build(id);
      memo.set(id, resource === undefined ? undefined : fhirDocument(resource));
    }
    return memo.get(id);
  };
};

/**
 * BackTalk as a FHIR R4 endpoint under /fhir: the CapabilityStatement, the Questionnaires (one per language),
 * every CodeSystem and ValueSet, and the SDC adaptive form ($next-question). Everything is built by the
 * engine; errors here are OperationOutcome, not problem+json.
 */
export function fhirRoutes({ base, limit, clock, fault }: FhirDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const metadata = fhirDocument(toCapabilityStatement(base));
  const questionnaires = new Map(
    LANGS.map((lang) => [`backtalk-check-${lang}`, fhirDocument(toQuestionnaire(lang, { base }))]),
  );
  const codeSystem = cached((id) => toCodeSystem(id, base));
  const valueSet = cached((id) => toValueSet(id, base));
  // Filled once every route below is registered (the tables are built on first use).
  const allowed = allowedMethods(() => app.routes);
  const allowedOperation = allowedMethods(
    () => app.routes,
    (path) => path.includes("/$"),
  );
  /** A "$name" where an id goes is an operation: 405 when it is served with another method, else 404. */
  const unknownOperation = (c: Context<AppEnv>, name: string): HttpProblem =>
    methodNotAllowed(c, allowedOperation(c.req.path)) ??
    notFound(
      `This server has no ${name.slice(0, 64)} operation here; GET /fhir/metadata lists the operations it serves.`,
    );
  const serve = (c: Context<AppEnv>, document: CachedDocument | undefined, what: string) => {
    const id = c.req.param("id");
    if (id?.startsWith("$")) throw unknownOperation(c, id);
    if (document === undefined) throw notFound(`There is no ${what} with this id.`);
    return sendDocument(c, document);
  };

  app.use("/fhir/*", async (c, next) => {
    checkFhirFormat(c.req.query("_format"), c.req.header("accept"));
    await next();
  });
  app.get("/fhir/metadata", (c) => serve(c, metadata, "CapabilityStatement"));
  app.get("/fhir/Questionnaire/:id", (c) => serve(c, questionnaires.get(c.req.param("id")), "Questionnaire"));
  app.get("/fhir/CodeSystem/:id", (c) => serve(c, codeSystem(c.req.param("id")), "CodeSystem"));
  const expand = (c: Context<AppEnv>, id: string | undefined, params: [string, string][]) => {
    const value = (name: string) => params.find(([key]) => key === name)?.[1];
    const url = value("url");
    const [canonicalUrl, version] = (url ?? "").split("|");
    const target =
      id ??
      (canonicalUrl?.startsWith(`${valueSetBase}/`)
        ? canonicalUrl.slice(valueSetBase.length + 1)
        : undefined);
    if (!id && !url)
      throw badQuery("url", "name the ValueSet to expand by its canonical url, or use ValueSet/{id}/$expand");
    const filter = value("filter");
    const expanded =
      target !== undefined && (version === undefined || version === KNOWLEDGE_VERSION)
        ? expandValueSet(target, {
            base,
            // A language tag is read as an Accept-Language header of one entry ("es-MX" is Spanish).
            lang: matchLocale(value("displayLanguage")) ?? c.get("locale"),
            ...(filter ? { filter } : {}),
            timestamp: clock().toISOString(),
          })
        : undefined;
    if (!expanded) throw notFound("There is no ValueSet with this id or url.");
    return fhirResponse(c, expanded, 200, { negotiated: value("displayLanguage") === undefined });
  };
  app.get("/fhir/ValueSet/$expand", (c) => expand(c, undefined, queryPairs(c.req.url)));
  app.post("/fhir/ValueSet/$expand", async (c) =>
    expand(c, undefined, [...queryPairs(c.req.url), ...parameterPairs(await readJson(c, SEARCH_BODY_LIMIT))]),
  );
  app.get("/fhir/ValueSet/:id/$expand", (c) => expand(c, c.req.param("id"), queryPairs(c.req.url)));
  app.get("/fhir/ValueSet/:id", (c) => serve(c, valueSet(c.req.param("id")), "ValueSet"));

  const searchable = conformanceResources(base);
  const valueSetBase = `${base.replace(/\/+$/, "")}/ValueSet`;
  for (const type of CONFORMANCE_TYPES) {
    const search = (c: Context<AppEnv>, query: [string, string][]) => {
      c.header("Cache-Control", "public, max-age=300");
      return fhirResponse(c, toSearchset(type, searchResources(searchable[type], query), base));
    };
    app.get(`/fhir/${type}`, (c) => search(c, queryPairs(c.req.url)));
    app.post(`/fhir/${type}/_search`, async (c) =>
      search(c, [...queryPairs(c.req.url), ...(await readForm(c, SEARCH_BODY_LIMIT))]),
    );
  }

  app.post("/fhir/Questionnaire/$next-question", limit.middleware, async (c) => {
    const body = await readJson(c, NEXT_QUESTION_BODY_LIMIT);
    const now = clock();
    try {
      const result = nextQuestion(body, {
        base,
        lang: c.get("locale") as Lang,
        today: now.toISOString().slice(0, 10),
        now: now.toISOString(),
      });
      c.header("Cache-Control", "no-store");
      return fhirResponse(c, result, 200, { negotiated: true });
    } catch (error) {
      if (error instanceof ValidationError) throw fromValidation(error);
      throw error;
    }
  });

  app.all("/fhir/*", (c) => {
    const operation = c.req.path.split("/").find((segment) => segment.startsWith("$"));
    const options = optionsAnswer(
      c,
      operation === undefined ? allowed(c.req.path) : allowedOperation(c.req.path),
    );
    if (options) return options;
    if (operation !== undefined) throw unknownOperation(c, operation);
    throw (
      methodNotAllowed(c, allowed(c.req.path)) ??
      notFound("No FHIR interaction here; GET /fhir/metadata lists what is served.")
    );
  });
  app.onError((error, c) => {
    return outcomeResponse(c, error instanceof HttpProblem ? error.init : fault(error, c));
  });
  return app;
}
