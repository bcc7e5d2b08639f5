import { buildReport } from "@backtalk/engine";
import { Hono } from "hono";
import { DatabaseUnavailableError, RETRY_AFTER_SECONDS } from "../db/database-faults.ts";
import type { ShareStore } from "../db/share-store.ts";
import type { AppEnv } from "../env.ts";
import { renderDiaryReport } from "../html/diary-report.ts";
import { renderLinkProblem, renderShareReport } from "../html/share-report.ts";
import type { SharedSnapshot } from "../shares/snapshot.ts";
import { shareState } from "./shares.ts";

/** GET /s/:token: the read-only report page behind a share link (server-rendered, no script). */
export function sharePageRoutes(store: ShareStore, clock: () => Date): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/s/:token", async (c) => {
    const locale = c.get("locale");
    // The page holds health data: never cache it, never index it.
    c.header("Cache-Control", "no-store");
    c.header("X-Robots-Tag", "noindex, nofollow");
    let state: Awaited<ReturnType<typeof shareState>>;
    try {
      state = await shareState(store, c.req.param("token"), clock());
    } catch (error) {
      // A doctor opening the link gets a page saying to try again, not a JSON error.
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      return c.html(renderLinkProblem("unavailable", locale), 503);
    }
    if (state.status === "unknown") return c.html(renderLinkProblem("unknown", locale), 404);
    if (state.status === "gone") return c.html(renderLinkProblem("gone", locale), 410);
    const snapshot = JSON.parse(state.snapshot) as SharedSnapshot;
    const meta = { createdAt: state.row.created_at, expiresAt: state.row.expires_at };
    if ("kind" in snapshot) {
      // The same report the person saw, judged on the day they shared it, in the reader's language.
      const report = buildReport(snapshot.diary, {
        today: snapshot.today,
        lang: locale,
        generatedAt: snapshot.createdAt,
      });
      return c.html(renderDiaryReport(report, meta, locale));
    }
    return c.html(renderShareReport(snapshot, meta, locale));
  });
  return app;
}
