/**
 * The reference for server throughput: a bare hono route on @hono/node-server, nothing else, in its own
 * process like the real server. Prints a "listening" JSON line with its port.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.json({ status: "ok" }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ msg: "listening", port: info.port })}\n`);
});
