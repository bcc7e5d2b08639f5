import {
  CAUSES,
  DEFAULT_LANG,
  FACT_IDS,
  FACT_KINDS,
  type FactKind,
  KNOWLEDGE_VERSION,
  LANGS,
  LANGUAGES,
  LEVELS,
  SCREENS,
} from "@backtalk/engine";
import { MAX_STEPS, MAX_TEXT_LENGTH } from "../routes/interview-request.ts";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from "../shares/snapshot.ts";

type Schema = Record<string, unknown>;

/** JSON Schema of one fact, read from the engine's fact kinds so the docs cannot drift from validation. */
function factSchema(kind: FactKind): Schema {
  switch (kind.type) {
    case "boolean":
      return { type: "boolean" };
    case "integer":
      return { type: "integer", minimum: kind.min, ...(kind.max === undefined ? {} : { maximum: kind.max }) };
    case "choice":
      return { enum: kind.options };
    case "choices":
      return { type: "array", items: { enum: kind.options }, minItems: 1, uniqueItems: true };
  }
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ "application/json": { schema } });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const BAD_BODY = {
  "400": problem("Not JSON, or nested too deeply"),
  "413": problem("Body too large"),
  "415": problem("Content-Type is not JSON"),
  "422": problem(
    "Invalid fields; `errors` names each one (JSON Pointer and dotted path) and what is allowed",
  ),
};
const LIMITED = { "429": problem("Too many requests from this client; see Retry-After") };
const LANG = {
  name: "Accept-Language",
  in: "header",
  required: false,
  description: `${LANGS.map((lang) => `"${lang}"`).join(" or ")} (${LANGUAGES[DEFAULT_LANG].name} when nothing matches); \`?lang=<code>\` overrides it`,
  schema: { type: "string" },
};
const TOKEN = {
  name: "token",
  in: "path",
  required: true,
  description: "The link token (43 base64url characters, 256 random bits)",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{43}$" },
};

const schemas: Record<string, Schema> = {
  Facts: {
    type: "object",
    description:
      "What is known (case.schema.json). Every fact is optional: a missing fact is unknown, never 'no'.",
    additionalProperties: false,
    properties: Object.fromEntries(FACT_IDS.map((id) => [id, factSchema(FACT_KINDS[id])])),
  },
  Case: {
    type: "object",
    required: ["facts"],
    additionalProperties: false,
    properties: {
      id: { type: "string" },
      description: { type: "string" },
      facts: ref("Facts"),
      expected: { type: "object", description: "Test cases only; ignored by the assessment" },
    },
  },
  Assessment: {
    type: "object",
    description:
      "The engine's assessment, every reason shown; `texts` holds the engine's wording in the chosen language.",
    properties: {
      id: { type: "string" },
      level: { enum: [...LEVELS, null] },
      complete: { type: "boolean" },
      missing: { type: "array", items: { enum: FACT_IDS } },
      couldReach: { enum: [...LEVELS, null] },
      rules: { type: "array", items: { type: "object" } },
      causes: { type: "array", items: { type: "object", properties: { id: { enum: CAUSES } } } },
      plan: { type: "object" },
      knowledgeVersion: { type: "string", examples: [KNOWLEDGE_VERSION] },
      lang: { enum: LANGS },
      texts: { type: "object" },
    },
  },
  InterviewStep: {
    type: "object",
    required: ["screen", "answers"],
    additionalProperties: false,
    properties: {
      screen: { enum: SCREENS.map((screen) => screen.id) },
      answers: {
        type: "object",
        description: 'fact: value, or fact: "dont_know" (kept unknown, never taken as "no")',
      },
    },
  },
  InterviewRequest: {
    type: "object",
    additionalProperties: false,
    properties: {
      text: {
        type: "string",
        maxLength: MAX_TEXT_LENGTH,
        description:
          "The person's own words (English or Spanish; read in `lang` when the query names it, otherwise in the language the text is written in). The interview switches to follow-up mode and still asks every question that could change the level, by urgency; what the words seemed to say is only `state.suggested`, shown as each question's pre-filled `suggested` answer to confirm or change, never a fact until that screen is sent. Mixed or unknown-language text pre-fills nothing. The response adds `understood` (facts, evidence spans, warning signs, doubts) and, while a warning sign in the words would mean more urgent advice than the answers so far, `broughtForward` (that assessment, to show at once).",
      },
      state: {
        type: "object",
        additionalProperties: false,
        description: "The state returned by the previous call (absent to start)",
        properties: {
          initial: ref("Facts"),
          steps: { type: "array", maxItems: MAX_STEPS, items: ref("InterviewStep") },
          mode: { enum: ["topics", "follow_up"], description: "follow_up after a description" },
          suggested: {
            ...ref("Facts"),
            description: "Pre-filled answers from the person's words; never facts until answered",
          },
        },
      },
      answer: ref("InterviewStep"),
      back: { type: "boolean", description: "Drop the last answered screen (to change an answer)" },
    },
  },
  InterviewResponse: {
    type: "object",
    properties: {
      understood: { type: "object", description: "What was read from `text` (only when text was sent)" },
      state: { type: "object", description: "Send this back unchanged with the next answer" },
      done: { type: "boolean" },
      screen: { type: "object", description: "The next screen to show (absent when done)" },
      assessment: ref("Assessment"),
      broughtForward: {
        ...ref("Assessment"),
        description:
          "The advice that warning signs read from `text` would mean, before they are confirmed; only while more urgent than `assessment`",
      },
      progress: { type: "object" },
      lang: { enum: LANGS },
      texts: { type: "object" },
    },
  },
  ShareRequest: {
    type: "object",
    required: ["snapshot"],
    additionalProperties: false,
    properties: {
      snapshot: {
        oneOf: [
          {
            type: "object",
            required: ["assessment"],
            description:
              "One check's result as shown to the person. `assessment` must use only ids the engine knows; other keys are kept as sent.",
            properties: {
              assessment: ref("Assessment"),
              facts: ref("Facts"),
              lang: { enum: LANGS },
              createdAt: { type: "string", format: "date-time" },
            },
          },
          {
            type: "object",
            required: ["kind", "diary", "today", "lang", "createdAt"],
            additionalProperties: false,
            description:
              "The web app's doctor report: the part of the person's diary it is made of (docs/diary.schema.json, checked with the engine's parseDiary). /s/{token} builds the report from it with the engine, judged on `today`.",
            properties: {
              kind: { const: "diary" },
              diary: { type: "object", description: "A BackTalk diary, version 1 (docs/diary.md)" },
              today: { type: "string", format: "date" },
              lang: { enum: LANGS },
              createdAt: { type: "string", format: "date-time" },
            },
          },
        ],
      },
      expiresInDays: { type: "integer", minimum: 1, maximum: MAX_EXPIRY_DAYS, default: DEFAULT_EXPIRY_DAYS },
    },
  },
  ShareCreated: {
    type: "object",
    properties: {
      token: { type: "string" },
      secret: { type: "string", description: "Keep it: it is the only way to turn the link off" },
      path: { type: "string", description: "The read-only report page, /s/{token}" },
      apiPath: { type: "string" },
      createdAt: { type: "string", format: "date-time" },
      expiresAt: { type: "string", format: "date-time" },
    },
  },
  Share: {
    type: "object",
    properties: {
      snapshot: { type: "object" },
      createdAt: { type: "string", format: "date-time" },
      expiresAt: { type: "string", format: "date-time" },
    },
  },
  Problem: {
    type: "object",
    description: "RFC 9457 problem details",
    properties: {
      type: { type: "string" },
      title: { type: "string" },
      status: { type: "integer" },
      detail: { type: "string" },
      requestId: { type: "string" },
      errors: {
        type: "array",
        items: {
          type: "object",
          properties: {
            pointer: { type: "string", description: "RFC 6901 JSON Pointer into the request body" },
            path: { type: "string", description: "The same place as a dotted path" },
            code: { type: "string" },
            detail: { type: "string", description: "What is allowed there" },
          },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 description served at /api/openapi.json. */
export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "BackTalk API",
    version: "0.1.0",
    summary: "Back spasm triage with every reason shown; doctor share links.",
    description: `Knowledge version ${KNOWLEDGE_VERSION}. Information, not a diagnosis. All errors are application/problem+json.`,
    license: { name: "MIT", identifier: "MIT" },
  },
  paths: {
    "/api/assess": {
      post: {
        summary: "Assess a case",
        description:
          "A case (case.schema.json) in, the assessment out. FHIR QuestionnaireResponse: see /api/questionnaire.",
        parameters: [LANG, { name: "country", in: "query", required: false, schema: { type: "string" } }],
        requestBody: {
          required: true,
          content: {
            ...json(ref("Case")),
            "application/fhir+json": {
              schema: {
                type: "object",
                description: "FHIR R4 QuestionnaireResponse",
                required: ["resourceType"],
              },
            },
          },
        },
        responses: {
          "200": { description: "The assessment", content: json(ref("Assessment")) },
          ...BAD_BODY,
          ...LIMITED,
        },
      },
    },
    "/api/interview": {
      post: {
        summary: "One step of the adaptive interview (stateless)",
        description:
          "Send {} to start. Each response has `state`; send it back with `answer` ({screen, answers}) for the screen shown, or `back: true`. When `done` is true the assessment is final.",
        parameters: [LANG],
        requestBody: { required: true, content: json(ref("InterviewRequest")) },
        responses: {
          "200": { description: "The next screen, or the result", content: json(ref("InterviewResponse")) },
          ...BAD_BODY,
          ...LIMITED,
        },
      },
    },
    "/api/rules": {
      get: {
        summary: "The knowledge base: levels, rules with conditions, causes and sources, facts, screens",
        responses: { "200": { description: "The knowledge base", content: json({ type: "object" }) } },
      },
    },
    "/api/questionnaire": {
      get: {
        summary: "The interview as a FHIR R4 Questionnaire",
        parameters: [LANG],
        responses: {
          "200": {
            description: "FHIR R4 Questionnaire",
            content: { "application/fhir+json": { schema: { type: "object" } } },
          },
        },
      },
    },
    "/api/shares": {
      post: {
        summary: "Share a report with a doctor",
        description:
          "Stores the snapshot and returns a link token and a management secret. Only their SHA-256 hashes are stored.",
        requestBody: { required: true, content: json(ref("ShareRequest")) },
        responses: {
          "201": { description: "Created", content: json(ref("ShareCreated")) },
          ...BAD_BODY,
          ...LIMITED,
        },
      },
    },
    "/api/shares/{token}": {
      get: {
        summary: "Read a shared report",
        parameters: [TOKEN],
        responses: {
          "200": { description: "The snapshot", content: json(ref("Share")) },
          "404": problem("No such link"),
          "410": problem("Expired or turned off"),
        },
      },
      delete: {
        summary: "Turn a link off",
        parameters: [
          TOKEN,
          {
            name: "Authorization",
            in: "header",
            required: true,
            schema: { type: "string" },
            description: "Bearer <secret>",
          },
        ],
        responses: {
          "204": { description: "Turned off; the snapshot is deleted" },
          "401": problem("No secret sent"),
          "403": problem("Wrong secret"),
          "404": problem("No such link"),
          "410": problem("Already expired or turned off"),
        },
      },
    },
    "/s/{token}": {
      get: {
        summary: "The read-only report page for a doctor (HTML)",
        parameters: [TOKEN, LANG],
        responses: {
          "200": { description: "HTML page" },
          "404": { description: "HTML page" },
          "410": { description: "HTML page" },
        },
      },
    },
    "/healthz": {
      get: { summary: "Liveness", responses: { "200": { description: "The process answers" } } },
    },
    "/readyz": {
      get: {
        summary: "Readiness: the database answers",
        responses: { "200": { description: "Ready" }, "503": problem("The database is not reachable") },
      },
    },
    "/api/openapi.json": {
      get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } },
    },
    "/api/docs": {
      get: { summary: "Human-readable API overview (HTML)", responses: { "200": { description: "HTML" } } },
    },
  },
  components: { schemas },
} as const;

/** Every problem `type` the API can answer with, for the docs page anchors (/api/docs#problem-<slug>). */
export const PROBLEM_TYPES: Record<string, string> = {
  "malformed-json": "The body is not one UTF-8 JSON document, or is nested too deeply.",
  "body-too-large":
    "The body is larger than the endpoint allows (64 KB for assess and interview, 256 KB for shares).",
  "unsupported-media-type": "Send Content-Type: application/json.",
  "invalid-input": "Some fields are not valid; `errors` lists each with a JSON Pointer and what is allowed.",
  "rate-limited": "Too many requests from this client; wait as Retry-After says.",
  "not-found": "Nothing here, or no share link with this token.",
  "share-gone": "The share link expired or was turned off.",
  "secret-required": "Turning a link off needs Authorization: Bearer <secret>.",
  "wrong-secret": "The secret does not belong to this link.",
  "not-ready": "The database does not answer, or cannot take a write now.",
  "database-unavailable":
    "Saved data cannot be reached right now (database down, restarting or locked); retry after Retry-After seconds.",
  "malformed-request": "Not valid HTTP/1.1, or headers over 16 KB (431), or sent too slowly (408).",
  "request-aborted": "The client went away before sending the whole body; nothing was done.",
  "internal-error": "A fault in the server; the requestId helps find it in the logs.",
};
