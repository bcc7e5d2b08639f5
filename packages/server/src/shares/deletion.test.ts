import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { DIARY_SNAPSHOT } from "../testing/fixtures.ts";
import { DATABASE_KINDS, json, openTestApp, postJson, skipKind, type TestApp } from "../testing/test-app.ts";

/** Every file on disk that holds this database's data: what someone copying the disk would get. */
async function databaseFiles(test: TestApp, file: string | undefined): Promise<string[]> {
  if (test.database.kind === "sqlite") {
    const main = file as string;
    return [main, `${main}-wal`, `${main}-shm`].filter((path) => existsSync(path));
  }
  const db = test.database.db;
  // Make PostgreSQL write its buffers to the table files, so the files are what we read.
  await sql`checkpoint`.execute(db);
  const { rows } = await sql<{ dir: string; heap: string; toast: string | null }>`
    select current_setting('data_directory') as dir,
           pg_relation_filepath('shares') as heap,
           (select pg_relation_filepath(reltoastrelid) from pg_class where oid = 'shares'::regclass and reltoastrelid <> 0) as toast`.execute(
    db,
  );
  const { dir, heap, toast } = rows[0] as { dir: string; heap: string; toast: string | null };
  const relations = [heap, toast].filter((path): path is string => path !== null);
  const segments = relations.flatMap((relation) => {
    const folder = join(dir, relation, "..");
    const base = relation.split("/").pop() as string;
    return readdirSync(folder)
      .filter((name) => name === base || name.startsWith(`${base}.`) || name.startsWith(`${base}_`))
      .map((name) => join(folder, name));
  });
  const wal = readdirSync(join(dir, "pg_wal"))
    .filter((name) => /^[0-9A-F]{24}$/.test(name))
    .map((name) => join(dir, "pg_wal", name));
  return [...segments, ...wal];
}

const filesContain = (files: readonly string[], needle: string): string[] =>
  files.filter((path) => statSync(path).size > 0 && readFileSync(path).includes(Buffer.from(needle, "utf8")));

describe.each(DATABASE_KINDS)("a revoked share's data on disk [%s]", (kind) => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it.skipIf(skipKind(kind))("no file of the database holds the note after revoke", async () => {
    test = await openTestApp(kind);
    const app = test.app;
    const note = `private-note-${randomBytes(8).toString("hex")}`;
    const snapshot = structuredClone(DIARY_SNAPSHOT);
    const first = snapshot.diary.checkIns[0] as { note?: string };
    first.note = note;
    const created = await postJson(app, "/api/shares", { snapshot });
    expect(created.status).toBe(201);
    const { token, secret } = (await json(created)) as { token: string; secret: string };
    expect(JSON.stringify((await json(app.request(`/api/shares/${token}`))).snapshot)).toContain(note);

    const sqliteFile =
      kind === "sqlite"
        ? ((
            await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(
              test.database.db,
            )
          ).rows[0]?.file as string)
        : undefined;
    const [row] = await test.database.db.selectFrom("shares").selectAll().execute();
    const sealed = row?.snapshot as string;
    // Even while the link works, the database holds only the sealed copy.
    expect(sealed).not.toContain(note);
    const before = await databaseFiles(test, sqliteFile);
    expect(filesContain(before, row?.token_hash as string).length).toBeGreaterThan(0); // we read the right files
    expect(filesContain(before, note)).toEqual([]);

    const revoked = await app.request(`/api/shares/${token}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(revoked.status).toBe(204);
    const after = await databaseFiles(test, sqliteFile);
    expect(filesContain(after, note)).toEqual([]);
    if (kind === "sqlite") {
      // secure_delete zeroed the freed bytes and the WAL was checkpointed and truncated: the sealed copy is gone too.
      expect(filesContain(after, sealed.slice(20, 80))).toEqual([]);
      expect(statSync(`${sqliteFile}-wal`).size).toBe(0);
    }
  });

  it.skipIf(skipKind(kind))("an expired share's sealed copy is wiped by the purge", async () => {
    test = await openTestApp(kind);
    const created = await postJson(test.app, "/api/shares", { snapshot: DIARY_SNAPSHOT, expiresInDays: 1 });
    expect(created.status).toBe(201);
    const [row] = await test.database.db.selectFrom("shares").selectAll().execute();
    const sealed = row?.snapshot as string;
    test.clock.advanceDays(2);
    expect(await test.store.purge(test.clock.now())).toEqual({ wiped: 1, deleted: 0 });
    if (kind === "sqlite") {
      const { rows } = await sql<{
        file: string;
      }>`select file from pragma_database_list where name = 'main'`.execute(test.database.db);
      const files = await databaseFiles(test, rows[0]?.file);
      expect(filesContain(files, sealed.slice(20, 80))).toEqual([]);
    } else {
      expect(
        (await test.database.db.selectFrom("shares").select("snapshot").execute())[0]?.snapshot,
      ).toBeNull();
    }
  });
});
