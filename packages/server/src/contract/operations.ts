import { CONFORMANCE_TYPES, DEFAULT_LANG, LANGS, LANGUAGES, SEARCH_PARAMS } from "@backtalk/engine";
import {
  assessBatchResultSchema,
  assessBatchSchema,
  assessResultSchema,
  caseBodySchema,
  questionnaireResponseSchema,
} from "./assessment.ts";
import {
  healthSchema,
  knowledgeSchema,
  problemSchema,
  questionnaireSchema,
  readySchema,
} from "./documents.ts";
import { interviewRequestSchema, interviewResponseSchema } from "./interview.ts";
import type { Operation, OperationResponse, Parameter } from "./operation.ts";
import { shareCreatedSchema, shareRequestSchema, shareSchema } from "./shares.ts";

const problem = (description: string, headers?: OperationResponse["headers"]): OperationResponse => ({
  description,
  content: { "application/problem+json": problemSchema },
  ...(headers ? { headers } : {}),
});
const RETRY_AFTER = { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } };
const CACHED = {
  ETag: {
    description: "Send it back as If-None-Match to get 304 when nothing changed",
    schema: { type: "string" },
  },
  "Cache-Control": { description: "How long the document may be reused", schema: { type: "string" } },
};
const NOT_MODIFIED: OperationResponse = { description: "Not modified (If-None-Match matched the ETag)" };
const BAD_BODY: Record<string, OperationResponse> = {
  "400": problem("Not JSON, or nested too deeply"),
  "413": problem("Body too large"),
  "415": problem("Content-Type is not JSON"),
  "422": problem(
    "Invalid fields; `errors` names each one (JSON Pointer and dotted path) and what is allowed",
  ),
};
const UNAVAILABLE = {
  "503": problem("Saved data cannot be reached right now; retry after Retry-After seconds", RETRY_AFTER),
};
const LIMITED = { "429": problem("Too many requests from this client; see Retry-After", RETRY_AFTER) };
const HTML = (description: string): OperationResponse => ({
  description,
  content: { "text/html": { jsonSchema: { type: "string" } } },
});

const FHIR_JSON = {
  "application/fhir+json": {
    jsonSchema: {
      type: "object",
      properties: { resourceType: { type: "string", description: "The FHIR resource type" } },
      required: ["resourceType"],
    },
  },
};
const FHIR_ERROR: OperationResponse = {
  description: "FHIR OperationOutcome naming what is wrong",
  content: FHIR_JSON,
};
const SEARCH_DESCRIPTION =
  "Parameters must all match; a comma in a value lists alternatives. `url` may carry a version after `|`. `_summary=count` (or `_count=0`) gives the total without entries. Other parameters are ignored, and the Bundle's self link shows the ones applied.";
const SEARCH_QUERY: Parameter[] = [
  ...SEARCH_PARAMS.map(
    ({ name, type, definition }): Parameter => ({
      name,
      in: "query",
      required: false,
      description: `FHIR ${type} search parameter (${definition})`,
      schema: { type: "string" },
    }),
  ),
  {
    name: "_summary",
    in: "query",
    required: false,
    description: "`count`: the total of the matches, without entries",
    schema: { type: "string", enum: ["count"] },
  },
];
const SEARCH_FORM = {
  type: "object",
  properties: Object.fromEntries(SEARCH_QUERY.map(({ name }) => [name, { type: "string" }])),
};
const EXPAND_QUERY: Parameter[] = [
  {
    name: "url",
    in: "query",
    required: false,
    description: "The ValueSet's canonical url (a version may follow `|`)",
    schema: { type: "string" },
  },
  {
    name: "displayLanguage",
    in: "query",
    required: false,
    description: "Language of the displays (else ?lang= or Accept-Language)",
    schema: { type: "string" },
  },
  {
    name: "filter",
    in: "query",
    required: false,
    description: "Only codes whose code or display contains this text (any case or accents)",
    schema: { type: "string" },
  },
];
const EXPAND_ERRORS = { "400": FHIR_ERROR, "404": FHIR_ERROR };
const FHIR_ID: Parameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The resource id (see GET /fhir/metadata)",
  schema: { type: "string", pattern: "^[A-Za-z0-9\\-.]{1,64}$" },
};

const LANG: readonly Parameter[] = [
  {
    name: "lang",
    in: "query",
    required: false,
    description:
      "The language of the texts (a region is fine, e.g. es-MX); overrides Accept-Language. The API answers 400 to a language it does not speak; a page falls back to Accept-Language.",
    schema: { type: "string", enum: LANGS },
  },
  {
    name: "Accept-Language",
    in: "header",
    required: false,
    description: `The language of the texts (${LANGUAGES[DEFAULT_LANG].name} when nothing matches)`,
    schema: { type: "string" },
  },
];
const COUNTRY: Parameter = {
  name: "country",
  in: "query",
  required: false,
  description: "ISO 3166 country code for the emergency number (else the region of Accept-Language)",
  schema: { type: "string", pattern: "^[A-Za-z]{2}$" },
};
/** The person's date, which plan dates count from; without either, the server's UTC date. */
const TODAY: readonly Parameter[] = [
  {
    name: "today",
    in: "query",
    required: false,
    description: "The person's own date (YYYY-MM-DD) as their calendar shows it; wins over `tz`",
    schema: { type: "string", format: "date" },
  },
  {
    name: "tz",
    in: "query",
    required: false,
    description: "The person's IANA time zone (e.g. America/Los_Angeles); today is the date there now",
    schema: { type: "string" },
  },
];
const TOKEN: Parameter = {
  name: "token",
  in: "path",
  required: true,
  description: "The link token (43 base64url characters, 256 random bits)",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" },
};

/** Every route the server answers, in the order the document lists them. */
const ROUTES: readonly Operation[] = [
  {
    method: "post",
    path: "/api/assess",
    operationId: "assess",
    tags: ["assessment"],
    summary: "Assess a case, a batch of cases, or a FHIR QuestionnaireResponse",
    description:
      "A case (case.schema.json) in, the assessment out. An array of up to 1,000 cases gives an array of results in the same order; each case costs one request of the rate limit. A FHIR QuestionnaireResponse to GET /api/questionnaire is read as facts.",
    parameters: [...LANG, COUNTRY, ...TODAY],
    requestBody: {
      content: {
        "application/json": [caseBodySchema, assessBatchSchema],
        "application/fhir+json": questionnaireResponseSchema,
      },
    },
    responses: {
      "200": {
        description:
          "The assessment (an array of them for a batch). With Accept: application/fhir+json instead: a FHIR R4 RiskAssessment (a collection Bundle of them for a batch), the answers contained as its basis.",
        content: { "application/json": [assessResultSchema, assessBatchResultSchema] },
      },
      ...BAD_BODY,
      ...LIMITED,
    },
  },
  {
    method: "post",
    path: "/api/interview",
    operationId: "interview",
    tags: ["assessment"],
    summary: "One step of the adaptive interview (stateless)",
    description:
      "Send {} to start. Each response has `state`; send it back with `answer` ({screen, answers}) for the screen shown, or `back: true`. When `done` is true the assessment is final. With `text` (the person's own words), the texts come in the language of the words unless `lang` or Accept-Language names one we speak.",
    parameters: [...LANG, COUNTRY, ...TODAY],
    requestBody: { content: { "application/json": interviewRequestSchema } },
    responses: {
      "200": {
        description: "The next screen, or the result",
        content: { "application/json": interviewResponseSchema },
      },
      ...BAD_BODY,
      ...LIMITED,
    },
  },
  {
    method: "get",
    path: "/api/rules",
    operationId: "getKnowledge",
    tags: ["knowledge"],
    summary: "The knowledge base: levels, rules with conditions, causes and sources, facts, screens",
    responses: {
      "200": {
        description: "The knowledge base",
        content: { "application/json": knowledgeSchema },
        headers: CACHED,
      },
      "304": NOT_MODIFIED,
    },
  },
  {
    method: "get",
    path: "/api/questionnaire",
    operationId: "getQuestionnaire",
    tags: ["knowledge"],
    summary: "The interview as a FHIR R4 Questionnaire",
    parameters: LANG,
    responses: {
      "200": {
        description: "FHIR R4 Questionnaire",
        content: { "application/fhir+json": questionnaireSchema },
        headers: CACHED,
      },
      "304": NOT_MODIFIED,
    },
  },
  {
    method: "post",
    path: "/api/shares",
    operationId: "createShare",
    tags: ["shares"],
    summary: "Share a report with a doctor",
    description:
      "Stores the snapshot and returns a link token and a management secret. Only their SHA-256 hashes are stored.",
    requestBody: { content: { "application/json": shareRequestSchema } },
    responses: {
      "201": {
        description: "Created",
        content: { "application/json": shareCreatedSchema },
        headers: { Location: { description: "The share's API address", schema: { type: "string" } } },
      },
      ...BAD_BODY,
      ...LIMITED,
      ...UNAVAILABLE,
    },
  },
  {
    method: "get",
    path: "/api/shares/{token}",
    operationId: "getShare",
    tags: ["shares"],
    summary: "Read a shared report",
    parameters: [TOKEN],
    responses: {
      "200": { description: "The snapshot", content: { "application/json": shareSchema } },
      "404": problem("No such link"),
      "410": problem("Expired or turned off"),
      ...UNAVAILABLE,
    },
  },
  {
    method: "delete",
    path: "/api/shares/{token}",
    operationId: "revokeShare",
    tags: ["shares"],
    summary: "Turn a link off",
    description:
      "Needs the management secret from POST /api/shares as a bearer token. The snapshot is deleted at once.",
    parameters: [TOKEN],
    security: "shareSecret",
    responses: {
      "204": { description: "Turned off; the snapshot is deleted" },
      "401": problem("No secret sent"),
      "403": problem("Wrong secret"),
      "404": problem("No such link"),
      "410": problem("Already expired or turned off"),
      ...UNAVAILABLE,
    },
  },
  {
    method: "get",
    path: "/s/{token}",
    operationId: "sharePage",
    tags: ["shares"],
    summary: "The read-only report page for a doctor (HTML)",
    parameters: [TOKEN, ...LANG],
    responses: {
      "200": HTML("The report"),
      "404": HTML("No such link"),
      "410": HTML("Expired or turned off"),
      "503": HTML("Saved data cannot be reached right now; reload in a moment"),
    },
  },
  {
    method: "get",
    path: "/healthz",
    operationId: "health",
    tags: ["operations"],
    summary: "Liveness: the process answers",
    responses: { "200": { description: "Alive", content: { "application/json": healthSchema } } },
  },
  {
    method: "get",
    path: "/readyz",
    operationId: "ready",
    tags: ["operations"],
    summary: "Readiness: the database answers",
    responses: {
      "200": { description: "Ready", content: { "application/json": readySchema } },
      "503": problem("The database is not reachable", RETRY_AFTER),
    },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    operationId: "getOpenApi",
    tags: ["operations"],
    summary: "This document",
    responses: {
      "200": {
        description: "OpenAPI 3.1",
        content: { "application/json": { jsonSchema: { type: "object" } } },
        headers: CACHED,
      },
      "304": NOT_MODIFIED,
    },
  },
  {
    method: "get",
    path: "/api/docs",
    operationId: "getDocsPage",
    tags: ["operations"],
    summary: "Human-readable API overview (HTML)",
    responses: { "200": HTML("The overview") },
  },
  {
    method: "get",
    path: "/_backtalk/server.css",
    operationId: "getServerStylesheet",
    tags: ["operations"],
    summary: "The stylesheet of the server's own pages",
    responses: { "200": { description: "CSS", content: { "text/css": { jsonSchema: { type: "string" } } } } },
  },
  {
    method: "get",
    path: "/",
    operationId: "getWebApp",
    tags: ["operations"],
    summary: "The web app (a short notice page when it is not built)",
    responses: { "200": HTML("The web app") },
  },
  {
    method: "get",
    path: "/fhir/metadata",
    operationId: "getFhirCapabilityStatement",
    tags: ["fhir"],
    summary: "FHIR CapabilityStatement: the resources served and the $next-question operation",
    responses: { "200": { description: "CapabilityStatement", content: FHIR_JSON } },
  },
  {
    method: "get",
    path: "/fhir/Questionnaire/{id}",
    operationId: "getFhirQuestionnaire",
    tags: ["fhir"],
    summary: "The check as a FHIR R4 Questionnaire, one per language (backtalk-check-en, backtalk-check-es)",
    parameters: [FHIR_ID],
    responses: { "200": { description: "Questionnaire", content: FHIR_JSON }, "404": FHIR_ERROR },
  },
  {
    method: "get",
    path: "/fhir/CodeSystem/{id}",
    operationId: "getFhirCodeSystem",
    tags: ["fhir"],
    summary:
      "A BackTalk CodeSystem (level, rule, cause, fact, yes-no, the answer codes of each choice question...)",
    parameters: [FHIR_ID],
    responses: { "200": { description: "CodeSystem", content: FHIR_JSON }, "404": FHIR_ERROR },
  },
  {
    method: "get",
    path: "/fhir/ValueSet/{id}",
    operationId: "getFhirValueSet",
    tags: ["fhir"],
    summary: "Every code of the BackTalk CodeSystem with the same id",
    parameters: [FHIR_ID],
    responses: { "200": { description: "ValueSet", content: FHIR_JSON }, "404": FHIR_ERROR },
  },
  ...CONFORMANCE_TYPES.flatMap((type): Operation[] => [
    {
      method: "get",
      path: `/fhir/${type}`,
      operationId: `searchFhir${type}`,
      tags: ["fhir"],
      summary: `FHIR search: every ${type} that matches, as a searchset Bundle`,
      description: SEARCH_DESCRIPTION,
      parameters: SEARCH_QUERY,
      responses: { "200": { description: "Bundle (searchset)", content: FHIR_JSON } },
    },
    {
      method: "post",
      path: `/fhir/${type}/_search`,
      operationId: `searchFhir${type}ByPost`,
      tags: ["fhir"],
      summary: `FHIR search by POST (form-encoded parameters): every ${type} that matches`,
      description: SEARCH_DESCRIPTION,
      requestBody: { content: { "application/x-www-form-urlencoded": { jsonSchema: SEARCH_FORM } } },
      responses: {
        "200": { description: "Bundle (searchset)", content: FHIR_JSON },
        "413": FHIR_ERROR,
        "415": FHIR_ERROR,
      },
    },
  ]),
  {
    method: "get",
    path: "/fhir/ValueSet/$expand",
    operationId: "expandFhirValueSet",
    tags: ["fhir"],
    summary: "FHIR ValueSet/$expand: the codes of the ValueSet named by `url`, with displays in one language",
    parameters: EXPAND_QUERY,
    responses: { "200": { description: "ValueSet with expansion", content: FHIR_JSON }, ...EXPAND_ERRORS },
  },
  {
    method: "post",
    path: "/fhir/ValueSet/$expand",
    operationId: "expandFhirValueSetByPost",
    tags: ["fhir"],
    summary: "FHIR ValueSet/$expand with a Parameters body (url, displayLanguage, filter)",
    requestBody: { content: FHIR_JSON },
    responses: {
      "200": { description: "ValueSet with expansion", content: FHIR_JSON },
      ...EXPAND_ERRORS,
      "413": FHIR_ERROR,
      "415": FHIR_ERROR,
    },
  },
  {
    method: "get",
    path: "/fhir/ValueSet/{id}/$expand",
    operationId: "expandFhirValueSetById",
    tags: ["fhir"],
    summary: "FHIR ValueSet/$expand on one ValueSet by id",
    parameters: [FHIR_ID, ...EXPAND_QUERY.filter((parameter) => parameter.name !== "url")],
    responses: { "200": { description: "ValueSet with expansion", content: FHIR_JSON }, ...EXPAND_ERRORS },
  },
  {
    method: "post",
    path: "/fhir/Questionnaire/$next-question",
    operationId: "fhirNextQuestion",
    tags: ["fhir"],
    summary: "HL7 SDC adaptive form: the next questions, or the result",
    description:
      "A QuestionnaireResponse with a contained Questionnaire (bare, or Parameters with `questionnaire-response`, also read as `in`); returns the same response with the next screen appended to the contained Questionnaire (bare, or Parameters with `return`). When done: status `completed`, a read-only item `level`, and a contained RiskAssessment. Errors are OperationOutcome.",
    parameters: LANG,
    requestBody: { content: FHIR_JSON },
    responses: {
      "200": { description: "QuestionnaireResponse or Parameters", content: FHIR_JSON },
      "400": FHIR_ERROR,
      "413": FHIR_ERROR,
      "415": FHIR_ERROR,
      "422": FHIR_ERROR,
      "429": FHIR_ERROR,
    },
  },
];

/** Every /fhir route refuses, with 406, a request whose `_format` or Accept rules JSON out (http/fhir-format.ts). */
const withNotAcceptable = (operation: Operation): Operation =>
  operation.path.startsWith("/fhir/")
    ? { ...operation, responses: { ...operation.responses, "406": FHIR_ERROR } }
    : operation;

export const API_OPERATIONS: readonly Operation[] = ROUTES.map(withNotAcceptable);
