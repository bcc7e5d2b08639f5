import { guarded } from "./database-faults.ts";
import type { Db, SharesTable } from "./schema.ts";

export type ShareRow = SharesTable;

/** After expiry a share's data is wiped at once; the empty row stays this long so its link answers 410, not 404. */
export const TOMBSTONE_DAYS = 90;
const DAY_MS = 86_400_000;

export interface PurgeResult {
  /** Expired shares whose snapshot was just wiped. */
  readonly wiped: number;
  /** Tombstones older than TOMBSTONE_DAYS that were deleted. */
  readonly deleted: number;
}

/**
 * Every query about share links; the same SQL runs on SQLite and PostgreSQL. Each one is guarded(): a
 * database that cannot answer now surfaces as DatabaseUnavailableError (a 503), never as a crash.
 */
export class ShareStore {
  /**
   * @param afterErase runs after a revoke or purge removed data, to clear freed bytes off the disk
   *   (Database.afterErase: on SQLite it checkpoints and truncates the WAL).
   */
  constructor(
    private readonly db: Db,
    private readonly afterErase: () => Promise<void> = async () => {},
  ) {}

  async insert(row: Omit<ShareRow, "revoked_at">): Promise<void> {
    await guarded(() =>
      this.db
        .insertInto("shares")
        .values({ ...row, revoked_at: null })
        .execute(),
    );
  }

  async find(tokenHash: string): Promise<ShareRow | undefined> {
    return guarded(() =>
      this.db.selectFrom("shares").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst(),
    );
  }

  /** Marks the share revoked and drops its snapshot. Returns false when it was already revoked or unknown. */
  async revoke(tokenHash: string, at: Date): Promise<boolean> {
    const result = await guarded(() =>
      this.db
        .updateTable("shares")
        .set({ revoked_at: at.toISOString(), snapshot: null })
        .where("token_hash", "=", tokenHash)
        .where("revoked_at", "is", null)
        .executeTakeFirst(),
    );
    if (result.numUpdatedRows === 0n) return false;
    await this.afterErase();
    return true;
  }

  /** Wipes the data of expired shares and deletes old tombstones. Idempotent; safe on several servers at once. */
  async purge(now: Date): Promise<PurgeResult> {
    const wiped = await guarded(() =>
      this.db
        .updateTable("shares")
        .set({ snapshot: null })
        .where("expires_at", "<=", now.toISOString())
        .where("snapshot", "is not", null)
        .executeTakeFirst(),
    );
    const deleted = await guarded(() =>
      this.db
        .deleteFrom("shares")
        .where("expires_at", "<=", new Date(now.getTime() - TOMBSTONE_DAYS * DAY_MS).toISOString())
        .executeTakeFirst(),
    );
    if (wiped.numUpdatedRows > 0n || deleted.numDeletedRows > 0n) await this.afterErase();
    return { wiped: Number(wiped.numUpdatedRows), deleted: Number(deleted.numDeletedRows) };
  }
}
