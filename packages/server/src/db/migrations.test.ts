import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_KINDS, openTestDatabase, skipKind, type TestDatabase } from "../testing/test-app.ts";
import { MIGRATIONS, migrateToLatest } from "./migrations.ts";

describe.each(DATABASE_KINDS)("migrations [%s]", (kind) => {
  let test: TestDatabase | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it.skipIf(skipKind(kind))(
    "apply once; running them again, even concurrently, changes nothing",
    async () => {
      test = await openTestDatabase(kind); // already migrated once
      const again = await Promise.all([migrateToLatest(test.database.db), migrateToLatest(test.database.db)]);
      expect(again).toEqual([[], []]);
      const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        test.database.db,
      );
      expect(rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS).sort());
      // The table is there and empty.
      expect(await test.database.db.selectFrom("shares").selectAll().execute()).toEqual([]);
    },
  );
});
