import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from "kysely";
import type { Db } from "./schema.ts";

/**
 * Every schema change, in order, in code (no files to ship or find at run time). Names sort in
 * application order. Never edit a migration that has shipped; add a new one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_shares": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("shares")
        .addColumn("token_hash", "varchar(64)", (col) => col.primaryKey())
        .addColumn("secret_hash", "varchar(64)", (col) => col.notNull())
        .addColumn("snapshot", "text")
        .addColumn("created_at", "varchar(32)", (col) => col.notNull())
        .addColumn("expires_at", "varchar(32)", (col) => col.notNull())
        .addColumn("revoked_at", "varchar(32)")
        .execute();
      await db.schema.createIndex("shares_expires_at").on("shares").column("expires_at").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("shares").execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema up to date. Safe with several servers starting at once: kysely's migrator
 * holds a lock (an advisory lock on PostgreSQL) while it runs.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one; a database whose public
  // schema already has them would make it skip creating them in ours, then fail to find them.
  const migrationTableSchema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name
      : undefined;
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
  return (results ?? [])
    .filter((result) => result.status === "Success")
    .map((result) => result.migrationName);
}
