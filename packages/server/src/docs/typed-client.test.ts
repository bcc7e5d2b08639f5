import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app.ts";
import { OPENAPI } from "./openapi.ts";

/** Inside the repository (gitignored) so the program resolves openapi-fetch like any client project would. */
const DIR = fileURLToPath(new URL("../../.typed-client/", import.meta.url));

/** A small integrator's program: every call is type-checked against the generated types, then run. */
const PROGRAM = `import createClient from "openapi-fetch";
import type { components, paths } from "./api.ts";

type Level = components["schemas"]["Assessment"]["level"];

export async function useEveryEndpoint(fetch: (request: Request) => Promise<Response>) {
  const client = createClient<paths>({ baseUrl: "http://backtalk.test", fetch });

  const one = await client.POST("/api/assess", {
    body: { facts: { age: 40, fever: false, legWeakness: "none" } },
    params: { query: { lang: "es" } },
  });
  if (!one.data || Array.isArray(one.data)) throw new Error(one.error?.title ?? "one case gives one result");
  const level: Level = one.data.level;
  const reasons: string[] = one.data.texts.reasons.map((reason) => reason.title);

  const batch = await client.POST("/api/assess", {
    body: [{ facts: { bladderChange: true } }, { id: "b", facts: {} }],
  });
  if (!batch.data || !Array.isArray(batch.data)) throw new Error("a batch gives an array");
  const levels: Level[] = batch.data.map((result) => result.level);

  const start = await client.POST("/api/interview", { body: {} });
  if (!start.data?.screen) throw new Error(start.error?.title ?? "the interview starts with a screen");
  const next = await client.POST("/api/interview", {
    body: {
      state: start.data.state,
      answer: { screen: start.data.screen.id, answers: { saddleNumbness: "dont_know" } },
    },
  });
  const nextScreen = next.data?.screen?.id;

  const { id: _id, lang: _lang, texts: _texts, ...assessment } = one.data;
  const created = await client.POST("/api/shares", {
    body: { snapshot: { assessment, lang: "en" }, expiresInDays: 7 },
  });
  if (!created.data) throw new Error(created.error?.title ?? "share not created");
  const token = created.data.token;
  const read = await client.GET("/api/shares/{token}", { params: { path: { token } } });
  const revoked = await client.DELETE("/api/shares/{token}", {
    params: { path: { token } },
    headers: { Authorization: \`Bearer \${created.data.secret}\` },
  });

  const refused = await client.POST("/api/interview", {
    // @ts-expect-error an unknown screen is outside the contract
    body: { answer: { screen: "nowhere", answers: {} } },
  });
  return {
    level,
    reasons,
    levels,
    firstScreen: start.data.screen.id,
    nextScreen,
    readStatus: read.response.status,
    revokeStatus: revoked.response.status,
    refusedPointer: refused.error?.errors?.[0]?.pointer,
  };
}
`;

describe("a client generated from the OpenAPI document (openapi-typescript + openapi-fetch)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite", { rateLimits: false });
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    const types = astToString(await openapiTS(JSON.parse(JSON.stringify(OPENAPI))));
    writeFileSync(`${DIR}api.ts`, types);
    writeFileSync(`${DIR}client.ts`, PROGRAM);
  });
  afterAll(async () => t.cleanup());

  it("type-checks a program that calls assess, interview and shares (tsc, strict)", () => {
    const program = ts.createProgram([`${DIR}client.ts`], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });

  it("runs that program against the server", async () => {
    const { useEveryEndpoint } = (await import(`${DIR}client.ts`)) as {
      useEveryEndpoint: (fetch: (request: Request) => Promise<Response>) => Promise<Record<string, unknown>>;
    };
    const result = await useEveryEndpoint(async (request) => t.app.fetch(request));
    expect(result).toMatchObject({
      levels: ["emergency", null],
      firstScreen: "emergency_signs",
      readStatus: 200,
      revokeStatus: 204,
      refusedPointer: "/answer/screen",
    });
    expect(result.reasons).toEqual(expect.any(Array));
    expect(typeof result.nextScreen).toBe("string");
  });
});
