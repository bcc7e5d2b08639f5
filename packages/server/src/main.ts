import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readDescription, UNDERSTOOD_LANGS } from "@backtalk/engine";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { configFromEnv } from "./config.ts";
import { migrateToLatest } from "./db/migrations.ts";
import { openDatabase } from "./db/open-database.ts";
import { ShareStore } from "./db/share-store.ts";
import { answerClientErrors } from "./http/client-errors.ts";
import { listenProblem } from "./listen-problem.ts";
import { jsonLogger } from "./logger.ts";
import { startPurgeJob } from "./shares/purge-job.ts";

/**
 * `npm start -w @backtalk/server`: migrate, serve, purge expired shares, and on SIGTERM/SIGINT stop
 * accepting connections, let in-flight requests finish, then close the database and exit.
 */
async function main(): Promise<void> {
  const logger = jsonLogger();
  const config = configFromEnv();
  const database = openDatabase(config.database, (error) =>
    logger.error("database connection lost", { error: error.message }),
  );
  const applied = await migrateToLatest(database.db);
  logger.info("database ready", { database: database.kind, migrationsApplied: applied });

  // The words reader builds its patterns on first use (seconds on a small machine): build them before
  // listening, so the first person who writes in their own words does not wait for it.
  const reading = performance.now();
  for (const lang of UNDERSTOOD_LANGS) readDescription("back pain", { lang });
  logger.info("words reader ready", { durationMs: Math.round(performance.now() - reading) });

  const clock = () => new Date();
  const app = createApp({
    db: database,
    clock,
    logger,
    webRoot: config.webRoot,
    trustedProxies: config.trustedProxies,
    rateLimits: config.rateLimits,
    corsOrigins: config.corsOrigins,
    publicBaseUrl: config.publicBaseUrl,
  });
  const purge = startPurgeJob(
    new ShareStore(database.db, database.afterErase),
    clock,
    logger,
    config.purgeIntervalMs,
  );
  const server = serve(
    { fetch: app.fetch, hostname: config.host, port: config.port },
    (info: AddressInfo) => {
      const url = `http://${config.host}:${info.port}`;
      logger.info("listening", { host: info.address, port: info.port, url });
      // Said in plain words too, on stderr: the JSON log lines on stdout are for machines.
      process.stderr.write(
        `\nBackTalk is running. Open ${url} in your web browser. Press Ctrl+C to stop.\n\n`,
      );
    },
  ) as Server;
  // A port already taken (BackTalk started twice) or not allowed: said in plain words, then a clean exit.
  // Only while starting: once listening, this message would be wrong.
  const cannotListen = (error: NodeJS.ErrnoException) => {
    logger.error("cannot listen", { code: error.code, host: config.host, port: config.port });
    process.stderr.write(`\n${listenProblem(error, config.host, config.port)}\n\n`);
    purge.stop();
    void database.close().finally(() => process.exit(1));
  };
  server.once("error", cannotListen);
  server.once("listening", () => server.off("error", cannotListen));
  // Slow-loris guard: a client must send its headers and body within these times.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  answerClientErrors(server);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    purge.stop();
    const force = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
    force.unref();
    // close() stops accepting and calls back once every in-flight request has finished.
    server.close(async () => {
      clearTimeout(force);
      clearInterval(idle);
      await database.close().catch(() => {});
      logger.info("stopped");
      process.exit(0);
    });
    // Keep-alive connections would hold close() open until they time out: close each one as soon as
    // its in-flight request has been answered.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ level: "error", msg: "failed to start", error: String(error) })}\n`,
  );
  process.exit(1);
});
