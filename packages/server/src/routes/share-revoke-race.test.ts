import { afterEach, describe, expect, it } from "vitest";
import { SNAPSHOT } from "../testing/fixtures.ts";
import { DATABASE_KINDS, json, openTestApp, postJson, skipKind, type TestApp } from "../testing/test-app.ts";

describe.each(DATABASE_KINDS)("two revokes of one link at the same moment [%s]", (kind) => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it.skipIf(skipKind(kind))(
    "exactly one answers 204; the other says the link is already off (410)",
    async () => {
      test = await openTestApp(kind);
      const app = test.app;
      for (let round = 0; round < 5; round++) {
        const { token, secret } = (await json(postJson(app, "/api/shares", { snapshot: SNAPSHOT }))) as {
          token: string;
          secret: string;
        };
        const revoke = () =>
          Promise.resolve(
            app.request(`/api/shares/${token}`, {
              method: "DELETE",
              headers: { authorization: `Bearer ${secret}` },
            }),
          );
        const answers = await Promise.all([revoke(), revoke()]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([204, 410]);
      }
    },
  );
});
