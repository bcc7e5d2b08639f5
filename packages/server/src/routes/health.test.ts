import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, json, openTestApp, skipKind, type TestApp } from "../testing/test-app.ts";

describe.each(DATABASE_KINDS)("health [%s]", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skipKind(kind)) t = await openTestApp(kind);
  });
  afterAll(async () => t?.cleanup());

  it.skipIf(skipKind(kind))(
    "healthz and readyz answer 200 while the database is up; readyz 503 once it is gone",
    async () => {
      expect(await json(t.app.request("/healthz"))).toEqual({ status: "ok" });
      const ready = await t.app.request("/readyz");
      expect(ready.status).toBe(200);
      expect(await json(ready)).toEqual({ status: "ready", database: kind });

      await t.database.close();
      const down = await t.app.request("/readyz");
      expect(down.status).toBe(503);
      expect(down.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(down.headers.get("retry-after")).toBe("5");
      expect((await t.app.request("/healthz")).status).toBe(200);
    },
  );
});
