import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, openTestApp, type TestApp } from "../testing/test-app.ts";
import { OPENAPI } from "./openapi.ts";

const REDOCLY = fileURLToPath(new URL("../../../../node_modules/@redocly/cli/bin/cli.js", import.meta.url));
const METHODS = ["get", "post", "put", "patch", "delete"];

/** "METHOD /path/{param}" for every operation hono has registered (middleware and static wildcards aside). */
function registeredRoutes(app: TestApp["app"]): string[] {
  const routes = app.routes
    .filter((route) => route.method !== "ALL" && !route.path.includes("*"))
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => METHODS.includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

describe("the OpenAPI document", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
  });
  afterAll(async () => t.cleanup());

  it("documents exactly the routes the server registers, both ways", async () => {
    const served = await json(t.app.request("/api/openapi.json"));
    const registered = registeredRoutes(t.app);
    expect(registered.length).toBeGreaterThan(10);
    expect(documentedRoutes(served)).toEqual(registered);
  });

  it("names every operation, the server, and the revoke secret as an HTTP bearer scheme", () => {
    const operations = Object.values(OPENAPI.paths).flatMap((item) => Object.values(item));
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    expect(ids).toEqual(
      expect.arrayContaining(["assess", "interview", "createShare", "getShare", "revokeShare"]),
    );
    expect(OPENAPI.servers.length).toBeGreaterThan(0);
    expect(OPENAPI.components.securitySchemes.shareSecret).toMatchObject({ type: "http", scheme: "bearer" });
    const revoke = OPENAPI.paths["/api/shares/{token}"]?.delete as {
      security: unknown;
      parameters: unknown[];
    };
    expect(revoke.security).toEqual([{ shareSecret: [] }]);
    expect(JSON.stringify(revoke.parameters)).not.toMatch(/Authorization/i);
  });

  it("requires the fields every response has, and lists every screen the interview can send", () => {
    const schemas = OPENAPI.components.schemas as Record<
      string,
      { required?: string[]; properties?: object }
    >;
    expect(schemas.AssessResult?.required).toEqual(
      expect.arrayContaining([
        "level",
        "complete",
        "rules",
        "causes",
        "plan",
        "knowledgeVersion",
        "lang",
        "texts",
      ]),
    );
    expect(schemas.InterviewResponse?.required).toEqual(
      expect.arrayContaining(["state", "done", "assessment", "progress", "lang", "texts"]),
    );
    expect(schemas.ShareCreated?.required).toEqual(expect.arrayContaining(["token", "secret", "expiresAt"]));
    expect(schemas.Problem?.required).toEqual(expect.arrayContaining(["type", "title", "status"]));
    expect(JSON.stringify(schemas.Screen)).toContain('"follow_up_emergency"');
    expect(JSON.stringify(schemas.InterviewStep)).toContain('"follow_up_emergency"');
  });

  it("passes @redocly/cli lint with no errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "backtalk-openapi-"));
    try {
      const file = join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(OPENAPI, null, 2));
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [REDOCLY, "lint", file, "--format=json"],
        {
          cwd: dir,
          env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
          timeout: 60_000,
        },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
      const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; severity: string; message: string }[];
      };
      const errors = report.problems.filter((problem) => problem.severity === "error");
      expect(errors).toEqual([]);
      expect(report.totals.errors).toBe(0);
      // The only warnings allowed: documents that cannot fail have no 4XX response to list.
      const warnings = new Set(report.problems.map((problem) => problem.ruleId));
      expect([...warnings].filter((rule) => rule !== "operation-4xx-response")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
