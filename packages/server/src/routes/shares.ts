import { Hono } from "hono";
import type { ShareRow, ShareStore } from "../db/share-store.ts";
import type { AppEnv } from "../env.ts";
import { HttpProblem, notFound, validated } from "../http/problem.ts";
import type { Limiter } from "../http/rate-limit.ts";
import { readJson } from "../http/read-json.ts";
import { seal, unseal } from "../shares/sealing.ts";
import { parseShareRequest, type SharedSnapshot } from "../shares/snapshot.ts";
import { hashToken, newToken, sameHash, TOKEN_PATTERN } from "../shares/tokens.ts";

export const SHARE_BODY_LIMIT = 256 * 1024;
const DAY_MS = 86_400_000;

export interface ShareDeps {
  readonly store: ShareStore;
  readonly clock: () => Date;
  /** Rate limit applied to share creation. */
  readonly limit: Limiter;
}

export type ShareState =
  | {
      readonly status: "live";
      readonly row: ShareRow & { snapshot: string };
      /** The snapshot's JSON, opened with the link token. */
      readonly snapshot: string;
    }
  | { readonly status: "gone"; readonly reason: "revoked" | "expired" }
  | { readonly status: "unknown" };

/** Looks a link token up; a malformed token is simply unknown (it could never have been issued). */
export async function shareState(store: ShareStore, token: string, now: Date): Promise<ShareState> {
  if (!TOKEN_PATTERN.test(token)) return { status: "unknown" };
  const row = await store.find(hashToken(token));
  if (!row) return { status: "unknown" };
  if (row.revoked_at !== null) return { status: "gone", reason: "revoked" };
  if (row.expires_at <= now.toISOString() || row.snapshot === null)
    return { status: "gone", reason: "expired" };
  return {
    status: "live",
    row: row as ShareRow & { snapshot: string },
    snapshot: unseal(row.snapshot, token),
  };
}

const gone = (reason: "revoked" | "expired") =>
  new HttpProblem({
    status: 410,
    slug: "share-gone",
    title: reason === "revoked" ? "This link was turned off" : "This link has expired",
    detail: "the report is no longer shared; ask the person for a new link",
  });

const unknownLink = () => notFound("no shared report has this link");

/** POST /api/shares, GET /api/shares/:token, DELETE /api/shares/:token. */
export function shareRoutes({ store, clock, limit }: ShareDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post("/api/shares", limit.middleware, async (c) => {
    const body = await readJson(c, SHARE_BODY_LIMIT);
    const { snapshot, expiresInDays } = validated(() => parseShareRequest(body));
    const token = newToken();
    const secret = newToken();
    const now = clock();
    const expiresAt = new Date(now.getTime() + expiresInDays * DAY_MS).toISOString();
    await store.insert({
      token_hash: hashToken(token),
      secret_hash: hashToken(secret),
      // Sealed with the token, which is never stored: see shares/sealing.ts.
      snapshot: seal(JSON.stringify(snapshot), token),
      created_at: now.toISOString(),
      expires_at: expiresAt,
    });
    c.header("Cache-Control", "no-store");
    c.header("Location", `/api/shares/${token}`);
    return c.json(
      {
        token,
        secret,
        path: `/s/${token}`,
        apiPath: `/api/shares/${token}`,
        createdAt: now.toISOString(),
        expiresAt,
      },
      201,
    );
  });

  app.get("/api/shares/:token", async (c) => {
    const state = await shareState(store, c.req.param("token"), clock());
    if (state.status === "unknown") throw unknownLink();
    if (state.status === "gone") throw gone(state.reason);
    c.header("Cache-Control", "no-store");
    return c.json({
      snapshot: JSON.parse(state.snapshot) as SharedSnapshot,
      createdAt: state.row.created_at,
      expiresAt: state.row.expires_at,
    });
  });

  app.delete("/api/shares/:token", async (c) => {
    const secret = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (!secret) {
      throw new HttpProblem({
        status: 401,
        slug: "secret-required",
        title: "The management secret is missing",
        detail: "send the secret you got when the link was made, as: Authorization: Bearer <secret>",
        headers: { "WWW-Authenticate": 'Bearer realm="backtalk-share"' },
      });
    }
    const token = c.req.param("token");
    const row = TOKEN_PATTERN.test(token) ? await store.find(hashToken(token)) : undefined;
    if (!row) throw unknownLink();
    if (!sameHash(row.secret_hash, hashToken(secret))) {
      throw new HttpProblem({
        status: 403,
        slug: "wrong-secret",
        title: "The management secret does not match this link",
      });
    }
    const now = clock();
    if (row.revoked_at !== null) throw gone("revoked");
    if (row.expires_at <= now.toISOString()) throw gone("expired");
    // Two revokes racing both pass the checks above; only the one whose update changed the row says 204.
    if (!(await store.revoke(row.token_hash, now))) throw gone("revoked");
    return c.body(null, 204);
  });

  return app;
}
