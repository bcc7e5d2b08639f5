import type { DiarySnapshot } from "@backtalk/engine";
import { db } from "../storage/db.ts";
import type { ShareRecord } from "../storage/kv.ts";

/**
 * Share links: the only requests that carry health data, made only when the person asks. The server is the
 * one this app came from (same origin, allowed by the app's Content-Security-Policy).
 */

export type ShareProblem = "offline" | "too_big" | "failed";

export class ShareError extends Error {
  constructor(readonly problem: ShareProblem) {
    super(problem);
  }
}

interface CreatedShare {
  readonly token: string;
  readonly secret: string;
  readonly path: string;
  readonly expiresAt: string;
  readonly createdAt: string;
}

export async function createShare(snapshot: DiarySnapshot, expiresInDays: number): Promise<ShareRecord> {
  let response: Response;
  try {
    response = await fetch("/api/shares", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ snapshot, expiresInDays }),
      cache: "no-store",
      credentials: "omit",
    });
  } catch {
    throw new ShareError("offline");
  }
  if (response.status === 413) throw new ShareError("too_big");
  if (response.status !== 201) throw new ShareError("failed");
  const created = (await response.json()) as CreatedShare;
  const share: ShareRecord = {
    url: new URL(created.path, location.origin).href,
    token: created.token,
    secret: created.secret,
    createdAt: created.createdAt,
    expiresAt: created.expiresAt,
  };
  await (await db()).put("kv", share, "share");
  return share;
}

/** Turns the link off on the server (a link already gone counts as off), then forgets it here. */
export async function revokeShare(share: ShareRecord): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/shares/${encodeURIComponent(share.token)}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${share.secret}` },
      cache: "no-store",
      credentials: "omit",
    });
  } catch {
    throw new ShareError("offline");
  }
  if (![204, 404, 410].includes(response.status)) throw new ShareError("failed");
  await (await db()).delete("kv", "share");
}

/** The link made earlier, if it has not expired yet (an expired one is forgotten). */
export async function currentShare(now = Date.now()): Promise<ShareRecord | null> {
  const database = await db();
  const share = (await database.get("kv", "share")) as ShareRecord | undefined;
  if (!share) return null;
  if (Date.parse(share.expiresAt) <= now) {
    await database.delete("kv", "share");
    return null;
  }
  return share;
}
