import type { Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { serve } from "@hono/node-server";
import { afterEach, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/test-app.ts";
import { answerClientErrors } from "./client-errors.ts";
import { SECURITY_HEADERS } from "./security-headers.ts";

/** The app on a real loopback socket, as main.ts serves it. */
async function listen(test: TestApp): Promise<{ server: Server; port: number }> {
  const server = await new Promise<Server>((resolve) => {
    const listening = serve({ fetch: test.app.fetch, hostname: "127.0.0.1", port: 0 }, () =>
      resolve(listening as Server),
    );
  });
  answerClientErrors(server);
  return { server, port: (server.address() as AddressInfo).port };
}

/** Sends raw bytes and returns whatever comes back before the server closes the connection. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(received));
    socket.write(bytes);
  });
}

const headersOf = (response: string): Record<string, string> =>
  Object.fromEntries(
    response
      .split("\r\n\r\n")[0]!
      .split("\r\n")
      .slice(1)
      .map((line) => [
        line.slice(0, line.indexOf(":")).toLowerCase(),
        line.slice(line.indexOf(":") + 1).trim(),
      ]),
  );

describe("requests Node itself answers, and clients that go away", () => {
  let test: TestApp | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await test?.cleanup();
    server = undefined;
    test = undefined;
  });

  it("a malformed request gets 400 with the security headers and a problem body", async () => {
    test = await openTestApp("sqlite");
    const listening = await listen(test);
    server = listening.server;
    const response = await raw(listening.port, "GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    const headers = headersOf(response);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()]).toBe(value);
    expect(headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(JSON.parse(response.split("\r\n\r\n")[1]!)).toMatchObject({ status: 400 });
  });

  it("headers over the limit get 431 with the security headers", async () => {
    test = await openTestApp("sqlite");
    const listening = await listen(test);
    server = listening.server;
    const response = await raw(
      listening.port,
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(response).toMatch(/^HTTP\/1\.1 431 /);
    expect(headersOf(response)["content-security-policy"]).toBe(SECURITY_HEADERS["Content-Security-Policy"]);
  });

  it("a client that disconnects halfway through the body is not an unhandled error and not a 500", async () => {
    test = await openTestApp("sqlite");
    const listening = await listen(test);
    server = listening.server;
    const socket = connect(listening.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      'POST /api/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"facts":',
    );
    await sleep(100);
    socket.destroy();
    const logger = test.logger;
    for (let i = 0; i < 100 && !logger.lines.some((line) => line.msg === "request"); i++) await sleep(20);
    const request = logger.lines.find((line) => line.msg === "request");
    expect(request).toBeDefined();
    expect(request?.status).not.toBe(500);
    expect(logger.lines.filter((line) => line.level === "error")).toEqual([]);
  });
});
