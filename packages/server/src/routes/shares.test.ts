import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TOMBSTONE_DAYS } from "../db/share-store.ts";
import { startPurgeJob } from "../shares/purge-job.ts";
import { hashToken } from "../shares/tokens.ts";
import { DIARY_SNAPSHOT, SNAPSHOT } from "../testing/fixtures.ts";
import { DATABASE_KINDS, json, openTestApp, postJson, skipKind, type TestApp } from "../testing/test-app.ts";

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe.each(DATABASE_KINDS)("share links [%s]", (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    if (!skipKind(kind)) t = await openTestApp(kind, { rateLimits: false });
  });
  afterEach(async () => t?.cleanup());

  const create = async (body: unknown = { snapshot: SNAPSHOT }) => {
    const response = await postJson(t.app, "/api/shares", body);
    return { response, body: await json(response) };
  };

  describe.skipIf(skipKind(kind))("lifecycle", () => {
    it("creates a link with 256-bit token and secret, reads it back, then revokes it (410)", async () => {
      const { response, body } = await create();
      expect(response.status).toBe(201);
      expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(body.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(body.secret).not.toBe(body.token);
      expect(body.path).toBe(`/s/${body.token}`);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(body.expiresAt).toBe("2026-03-16T09:00:00.000Z");

      const read = await t.app.request(`/api/shares/${body.token}`);
      expect(read.status).toBe(200);
      const shared = await json(read);
      expect(shared.snapshot).toEqual(SNAPSHOT);
      expect(shared.expiresAt).toBe(body.expiresAt);

      const noSecret = await t.app.request(`/api/shares/${body.token}`, { method: "DELETE" });
      expect(noSecret.status).toBe(401);
      expect(noSecret.headers.get("www-authenticate")).toMatch(/^Bearer/);
      const wrong = await t.app.request(`/api/shares/${body.token}`, {
        method: "DELETE",
        headers: bearer(body.token),
      });
      expect(wrong.status).toBe(403);
      expect((await t.app.request(`/api/shares/${body.token}`)).status).toBe(200);

      const revoked = await t.app.request(`/api/shares/${body.token}`, {
        method: "DELETE",
        headers: bearer(body.secret),
      });
      expect(revoked.status).toBe(204);
      const after = await t.app.request(`/api/shares/${body.token}`);
      expect(after.status).toBe(410);
      expect(after.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect((await t.app.request(`/s/${body.token}`)).status).toBe(410);
      const again = await t.app.request(`/api/shares/${body.token}`, {
        method: "DELETE",
        headers: bearer(body.secret),
      });
      expect(again.status).toBe(410);
      // Revoking deletes the health data at once.
      expect((await t.store.find(hashToken(body.token)))?.snapshot).toBeNull();
    });

    it("stores only SHA-256 hashes of the token and the secret", async () => {
      const { body } = await create();
      const rows = await t.database.db.selectFrom("shares").selectAll().execute();
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row.token_hash).toBe(hashToken(body.token));
      expect(row.secret_hash).toBe(hashToken(body.secret));
      const everything = JSON.stringify(rows);
      expect(everything).not.toContain(body.token);
      expect(everything).not.toContain(body.secret);
    });

    it("expires after 14 days by default (410), and honours expiresInDays up to 30", async () => {
      const { body } = await create();
      t.clock.advanceDays(14);
      t.clock.advanceMs(-1);
      expect((await t.app.request(`/api/shares/${body.token}`)).status).toBe(200);
      t.clock.advanceMs(1);
      expect((await t.app.request(`/api/shares/${body.token}`)).status).toBe(410);
      expect((await t.app.request(`/s/${body.token}`)).status).toBe(410);

      const month = await create({ snapshot: SNAPSHOT, expiresInDays: 30 });
      expect(month.response.status).toBe(201);
      expect(Date.parse(month.body.expiresAt) - Date.parse(month.body.createdAt)).toBe(30 * 86_400_000);
    });

    it("refuses more than 30 days, naming the field and the allowed range", async () => {
      for (const days of [31, 0, 1.5, "7"]) {
        const { response, body } = await create({ snapshot: SNAPSHOT, expiresInDays: days });
        expect(response.status).toBe(422);
        expect(body.errors).toEqual([
          expect.objectContaining({
            pointer: "/expiresInDays",
            detail: expect.stringContaining("from 1 to 30"),
          }),
        ]);
      }
    });

    it("validates the snapshot's shape, naming every bad field", async () => {
      const { response, body } = await create({
        snapshot: {
          assessment: {
            ...SNAPSHOT.assessment,
            level: "maybe",
            rules: [{ id: "Z9", level: "urgent", facts: ["nope"] }],
          },
          facts: { age: "old" },
          lang: "fr",
        },
      });
      expect(response.status).toBe(422);
      const pointers = body.errors.map((e: { pointer: string }) => e.pointer);
      expect(pointers).toEqual(
        expect.arrayContaining([
          "/snapshot/assessment/level",
          "/snapshot/assessment/rules/0/id",
          "/snapshot/assessment/rules/0/facts/0",
          "/snapshot/facts/age",
          "/snapshot/lang",
        ]),
      );
      const missing = await create({});
      expect(missing.body.errors[0].pointer).toBe("/snapshot");
    });

    it("refuses a result less urgent than its own facts, and keeps one made more urgent", async () => {
      // SNAPSHOT's facts are urgent (U3): a doctor must never be shown "self-care" for them.
      const lowered = await create({
        snapshot: { ...SNAPSHOT, assessment: { ...SNAPSHOT.assessment, level: "self_care" } },
      });
      expect(lowered.response.status).toBe(422);
      expect(lowered.body.errors).toEqual([
        expect.objectContaining({
          pointer: "/snapshot/assessment/level",
          code: "below_facts",
          detail: expect.stringContaining('"urgent"'),
        }),
      ]);
      expect(lowered.body.errors[0].detail).toContain("U3");
      const raised = await create({
        snapshot: { ...SNAPSHOT, assessment: { ...SNAPSHOT.assessment, level: "emergency" } },
      });
      expect(raised.response.status).toBe(201);
      const withoutFacts = await create({ snapshot: { ...SNAPSHOT, facts: undefined } });
      expect(withoutFacts.response.status).toBe(201);
    });

    it("accepts a diary snapshot and gives it back as sent", async () => {
      const { response, body } = await create({ snapshot: DIARY_SNAPSHOT, expiresInDays: 7 });
      expect(response.status).toBe(201);
      const shared = await json(t.app.request(`/api/shares/${body.token}`));
      expect(shared.snapshot).toEqual(DIARY_SNAPSHOT);
    });

    it("refuses a diary snapshot whole when the diary is not valid, naming each field", async () => {
      const diary = DIARY_SNAPSHOT.diary;
      const broken = {
        ...DIARY_SNAPSHOT,
        today: "yesterday",
        extra: 1,
        diary: {
          ...diary,
          checkIns: [{ ...diary.checkIns[0], painScore: 11 }, ...diary.checkIns.slice(1)],
        },
      };
      const { response, body } = await create({ snapshot: broken });
      expect(response.status).toBe(422);
      const pointers = body.errors.map((e: { pointer: string }) => e.pointer);
      expect(pointers).toEqual(
        expect.arrayContaining([
          "/snapshot/today",
          "/snapshot/extra",
          "/snapshot/diary/checkIns/0/painScore",
        ]),
      );
      const foreign = await create({ snapshot: { ...DIARY_SNAPSHOT, diary: { format: "other" } } });
      expect(foreign.response.status).toBe(422);
      expect(await t.database.db.selectFrom("shares").selectAll().execute()).toHaveLength(0);
    });

    it("stores nothing it does not know: unknown keys anywhere, __proto__ included, are refused by name", async () => {
      const raw = (snapshot: string) => postJson(t.app, "/api/shares", `{"snapshot":${snapshot}}`);
      const check = JSON.stringify(SNAPSHOT);
      const attempts = [
        [`${check.slice(0, -1)},"__proto__":{"x":"${"a".repeat(1000)}"}}`, "/snapshot/__proto__"],
        [`${check.slice(0, -1)},"plan":{"note":"kept?"}}`, "/snapshot/plan"],
        [check.replace('"assessment":{', '"assessment":{"texts":{},'), "/snapshot/assessment/texts"],
        [check.replace('"rules":[{', '"rules":[{"note":"x",'), "/snapshot/assessment/rules/0/note"],
        [`${JSON.stringify(DIARY_SNAPSHOT).slice(0, -1)},"__proto__":{}}`, "/snapshot/__proto__"],
      ] as const;
      for (const [snapshot, pointer] of attempts) {
        const response = await raw(snapshot);
        expect(response.status, pointer).toBe(422);
        const problem = await json(response);
        expect(problem.errors).toEqual([expect.objectContaining({ pointer, code: "unknown_field" })]);
      }
      expect(await t.database.db.selectFrom("shares").selectAll().execute()).toHaveLength(0);
    });

    it("refuses an over-long knowledgeVersion, in a result and in a diary's check", async () => {
      const long = "9".repeat(33);
      const result = await create({
        snapshot: { ...SNAPSHOT, assessment: { ...SNAPSHOT.assessment, knowledgeVersion: long } },
      });
      expect(result.body.errors[0].pointer).toBe("/snapshot/assessment/knowledgeVersion");
      const check = {
        id: "check-1",
        at: "2026-03-01T10:00:00+01:00",
        facts: {},
        assessment: { level: null, rules: [], knowledgeVersion: long },
      };
      const diary = { ...DIARY_SNAPSHOT, diary: { ...DIARY_SNAPSHOT.diary, checks: [check] } };
      const { response, body } = await create({ snapshot: diary });
      expect(response.status).toBe(422);
      expect(body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
        "/snapshot/diary/checks/0/assessment/knowledgeVersion",
      ]);
      expect(body.errors[0].detail).toContain("32");
    });

    it("answers 404 for unknown and malformed tokens", async () => {
      expect((await t.app.request(`/api/shares/${"A".repeat(43)}`)).status).toBe(404);
      expect((await t.app.request("/api/shares/short")).status).toBe(404);
      expect((await t.app.request(`/s/${"A".repeat(43)}`)).status).toBe(404);
      const del = await t.app.request(`/api/shares/${"A".repeat(43)}`, {
        method: "DELETE",
        headers: bearer("x"),
      });
      expect(del.status).toBe(404);
    });
  });

  describe.skipIf(skipKind(kind))("purge", () => {
    it("wipes expired snapshots (still 410), then deletes the tombstones after the retention period (404)", async () => {
      const expiring = (await create({ snapshot: SNAPSHOT, expiresInDays: 1 })).body;
      const live = (await create({ snapshot: SNAPSHOT, expiresInDays: 30 })).body;
      const job = startPurgeJob(t.store, t.clock.now, t.logger, 60_000);
      try {
        // The job purges once at start; a call while a run is going joins it.
        expect(await job.runOnce()).toEqual({ wiped: 0, deleted: 0 });
        t.clock.advanceDays(2);
        expect(await job.runOnce()).toEqual({ wiped: 1, deleted: 0 });
        expect((await t.store.find(hashToken(expiring.token)))?.snapshot).toBeNull();
        expect((await t.store.find(hashToken(live.token)))?.snapshot).not.toBeNull();
        expect((await t.app.request(`/api/shares/${expiring.token}`)).status).toBe(410);
        expect((await t.app.request(`/api/shares/${live.token}`)).status).toBe(200);

        t.clock.advanceDays(TOMBSTONE_DAYS);
        const result = await job.runOnce();
        expect(result?.deleted).toBe(1);
        expect((await t.app.request(`/api/shares/${expiring.token}`)).status).toBe(404);
        expect((await t.app.request(`/api/shares/${live.token}`)).status).toBe(410);
        expect(t.logger.lines.some((line) => line.msg === "purged shares")).toBe(true);
      } finally {
        job.stop();
      }
    });
  });
});
