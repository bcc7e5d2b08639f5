import type { Kysely } from "kysely";

/**
 * Timestamps are ISO 8601 UTC strings from Date#toISOString(): they sort as text in both SQLite and
 * PostgreSQL, so one query works on both and no driver turns a bigint into a string.
 */
export interface SharesTable {
  /** SHA-256 (hex) of the link token; the token itself is never stored. */
  token_hash: string;
  /** SHA-256 (hex) of the management secret. */
  secret_hash: string;
  /** The report snapshot as JSON text; null once revoked or expired (the health data is gone, the row stays as a tombstone). */
  snapshot: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface Schema {
  shares: SharesTable;
}

export type Db = Kysely<Schema>;
