import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { SNAPSHOT } from "./testing/fixtures.ts";
import { killStartedServers, startServerProcess } from "./testing/server-process.ts";
import { json, TEST_PG_URL } from "./testing/test-app.ts";

afterEach(killStartedServers);

const startServer = startServerProcess;

const createShare = async (base: string) => {
  const response = await fetch(`${base}/api/shares`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ snapshot: SNAPSHOT }),
  });
  expect(response.status).toBe(201);
  return (await json(response)) as { token: string };
};

describe("the real server process", () => {
  it("says in plain words where to open the app", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "backtalk-start-"));
    try {
      const server = await startServer({ DATA_DIR: dataDir });
      const port = String(server.lines.find((line) => line.msg === "listening")?.port);
      // The words reader is built before the server listens, not on the first person's words.
      const messages = server.lines.map((line) => line.msg);
      expect(messages.indexOf("words reader ready")).toBeGreaterThan(-1);
      expect(messages.indexOf("words reader ready")).toBeLessThan(messages.indexOf("listening"));
      await expect.poll(() => server.said()).toContain(`Open http://127.0.0.1:${port} in your web browser.`);
      server.child.kill("SIGKILL");
      await server.exited;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("says in plain words that the port is taken, and exits, when BackTalk is started twice", async () => {
    const [firstDir, secondDir] = [
      mkdtempSync(join(tmpdir(), "backtalk-first-")),
      mkdtempSync(join(tmpdir(), "backtalk-second-")),
    ];
    try {
      const first = await startServer({ DATA_DIR: firstDir });
      const port = String(first.lines.find((line) => line.msg === "listening")?.port);
      const second = startServer({ DATA_DIR: secondDir, PORT: port });
      await expect(second).rejects.toThrow(/server exited with 1:[\s\S]*port \d+ is already in use/);
      await expect(second).rejects.toThrow(`try opening http://127.0.0.1:${port} in your web browser`);
      await expect(second).rejects.not.toThrow(/at Server\.setupListenHandle/);
      // The first one still answers.
      expect((await fetch(`${first.base}/healthz`)).status).toBe(200);
    } finally {
      rmSync(firstDir, { recursive: true, force: true });
      rmSync(secondDir, { recursive: true, force: true });
    }
  });

  it("keeps every acknowledged share across kill -9 (SQLite, WAL)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "backtalk-durability-"));
    try {
      const first = await startServer({ DATA_DIR: dataDir });
      const tokens: string[] = [];
      for (let i = 0; i < 10; i++) tokens.push((await createShare(first.base)).token);
      first.child.kill("SIGKILL");
      await first.exited;

      const second = await startServer({ DATA_DIR: dataDir });
      expect(second.lines.find((line) => line.msg === "database ready")).toMatchObject({
        migrationsApplied: [],
      });
      for (const token of tokens) {
        const response = await fetch(`${second.base}/api/shares/${token}`);
        expect(response.status).toBe(200);
        expect((await json(response)).snapshot).toEqual(SNAPSHOT);
      }
      second.child.kill("SIGKILL");
      await second.exited;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("on SIGTERM stops taking new work but finishes a request already in flight", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "backtalk-shutdown-"));
    try {
      const server = await startServer({ DATA_DIR: dataDir });
      const body = JSON.stringify({ facts: { bladderChange: true } });
      // Send the headers and half the body, signal the server, then send the rest.
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(`${server.base}/api/assess`, {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        });
        req.on("response", (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on("error", reject);
        req.write(body.slice(0, 10));
        setTimeout(() => {
          server.child.kill("SIGTERM");
          setTimeout(() => req.end(body.slice(10)), 300);
        }, 200);
      });
      const { status, text } = await answer;
      expect(status).toBe(200);
      expect(JSON.parse(text).level).toBe("emergency");
      expect(await server.exited).toBe(0);
      expect(server.lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining(["shutting down", "stopped"]),
      );
      await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.skipIf(!TEST_PG_URL)("runs on PostgreSQL when DATABASE_URL is set, migrating on start", async () => {
    const schema = `main_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    try {
      const url = `${TEST_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const server = await startServer({ DATABASE_URL: url });
      expect(await json(fetch(`${server.base}/readyz`))).toEqual({
        status: "ready",
        database: "postgres",
      });
      const { token } = await createShare(server.base);
      server.child.kill("SIGKILL");
      await server.exited;
      const again = await startServer({ DATABASE_URL: url });
      expect((await fetch(`${again.base}/api/shares/${token}`)).status).toBe(200);
      again.child.kill("SIGTERM");
      expect(await again.exited).toBe(0);
      const { rows } = await admin.query(`select count(*)::int as n from ${schema}.shares`);
      expect(rows[0].n).toBe(1);
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  });
});
