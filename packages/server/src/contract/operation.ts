import type * as z from "zod/mini";

export type Method = "get" | "post" | "put" | "patch" | "delete";

/** A body: a named zod schema (see registry.ts), several of them (any one may be sent), or JSON Schema written out. */
export type BodySchema = z.core.$ZodType | readonly z.core.$ZodType[] | { readonly jsonSchema: object };

export interface OperationResponse {
  readonly description: string;
  /** Media type -> body. Absent for responses without a body. */
  readonly content?: Readonly<Record<string, BodySchema>>;
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly schema: object }>>;
}

export interface Parameter {
  readonly name: string;
  readonly in: "query" | "header" | "path";
  readonly required: boolean;
  readonly description: string;
  readonly schema: object;
}

/** One route as the OpenAPI document describes it; docs/openapi.ts turns a list of these into the document. */
export interface Operation {
  readonly method: Method;
  /** OpenAPI form, e.g. /api/shares/{token}. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly parameters?: readonly Parameter[];
  /** Names a security scheme from docs/openapi.ts; absent for open operations. */
  readonly security?: "shareSecret";
  readonly requestBody?: { readonly content: Readonly<Record<string, BodySchema>> };
  readonly responses: Readonly<Record<string, OperationResponse>>;
}
