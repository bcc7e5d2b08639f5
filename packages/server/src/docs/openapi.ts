import { KNOWLEDGE_VERSION } from "@backtalk/engine";
import * as z from "zod/mini";
import type { BodySchema, Operation } from "../contract/operation.ts";
import { API_OPERATIONS } from "../contract/operations.ts";
import { COMPONENTS } from "../contract/registry.ts";

type JsonObject = Record<string, unknown>;

const componentRef = (id: string) => `#/components/schemas/${id}`;

/** A zod schema's place in the document: always a reference, so every body has one name and one definition. */
function refTo(schema: z.core.$ZodType): JsonObject {
  const meta = COMPONENTS.get(schema);
  if (!meta) throw new Error("a request or response body schema must be registered with named()");
  return { $ref: componentRef(meta.id) };
}

function bodySchema(body: BodySchema): JsonObject {
  if ("jsonSchema" in body) return body.jsonSchema as JsonObject;
  if (Array.isArray(body)) return { oneOf: body.map(refTo) };
  return refTo(body as z.core.$ZodType);
}

const content = (bodies: Readonly<Record<string, BodySchema>>) =>
  Object.fromEntries(Object.entries(bodies).map(([type, body]) => [type, { schema: bodySchema(body) }]));

/** Every registered schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), read as input: what a client sends. */
function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(COMPONENTS, { uri: componentRef, io: "input", unrepresentable: "any" });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [
      id,
      schema as JsonObject,
    ]),
  );
}

function operationObject(operation: Operation): JsonObject {
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: operation.tags,
    ...(operation.parameters ? { parameters: operation.parameters } : {}),
    security: operation.security ? [{ [operation.security]: [] }] : [],
    ...(operation.requestBody
      ? { requestBody: { required: true, content: content(operation.requestBody.content) } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.headers ? { headers: response.headers } : {}),
          ...(response.content ? { content: content(response.content) } : {}),
        },
      ]),
    ),
  };
}

export interface OpenApiOptions {
  /** Where clients reach the server; "/" means the origin the document was fetched from. */
  readonly serverUrl?: string;
}

/**
 * The OpenAPI 3.1 document, generated from the operations list and the same zod schemas that validate
 * requests, so the document cannot say one thing while the server checks another.
 */
export function buildOpenApi(
  operations: readonly Operation[] = API_OPERATIONS,
  options: OpenApiOptions = {},
) {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, JsonObject>)[operation.method] = operationObject(operation);
  }
  const tags = [...new Set(operations.flatMap((operation) => operation.tags))];
  return {
    openapi: "3.1.0",
    info: {
      title: "BackTalk API",
      version: "0.1.0",
      summary: "Back spasm triage with every reason shown; doctor share links.",
      description: `Knowledge version ${KNOWLEDGE_VERSION}. Information, not a diagnosis. All errors are application/problem+json.`,
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: options.serverUrl ?? "/", description: "This server" }],
    tags: tags.map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        shareSecret: {
          type: "http",
          scheme: "bearer",
          description:
            "The management secret POST /api/shares returned with the link (Authorization: Bearer <secret>)",
        },
      },
    },
  };
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  assessment: "Triage: a whole case at once, or the adaptive interview one screen at a time",
  knowledge: "The knowledge base and the questionnaire, as data",
  shares: "Read-only links to a report, for a doctor",
  operations: "Health checks and this documentation",
};

export type OpenApiDocument = ReturnType<typeof buildOpenApi>;

/** The document served at /api/openapi.json. */
export const OPENAPI: OpenApiDocument = buildOpenApi();

/** Every problem `type` the API can answer with, for the docs page anchors (/api/docs#problem-<slug>). */
export const PROBLEM_TYPES: Record<string, string> = {
  "malformed-json": "The body is not one UTF-8 JSON document, or is nested too deeply.",
  "body-too-large":
    "The body is larger than the endpoint allows (64 KB for a case or an interview step, 4 MB for a batch, 256 KB for shares).",
  "unsupported-media-type": "Send Content-Type: application/json.",
  "unsupported-content-encoding":
    "The body is compressed with a coding not read here; send it as is, or with Content-Encoding gzip, deflate or br.",
  "malformed-content-encoding": "Content-Encoding names a coding, but the body is not valid data in it.",
  "invalid-query": "A query parameter (today, tz) is not valid; `errors` names it and what is allowed.",
  "invalid-input": "Some fields are not valid; `errors` lists each with a JSON Pointer and what is allowed.",
  "rate-limited": "Too many requests from this client; wait as Retry-After says.",
  "not-found": "Nothing here, or no share link with this token.",
  "method-not-allowed":
    "This address does not answer to that method; the Allow header lists the ones it does.",
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
