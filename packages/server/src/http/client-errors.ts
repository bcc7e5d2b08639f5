import type { Server } from "node:http";
import type { Socket } from "node:net";
import { SECURITY_HEADERS } from "./security-headers.ts";

/** Node's parser error codes for a request whose headers are too large. */
const TOO_LARGE = new Set(["HPE_HEADER_OVERFLOW"]);

function answer(status: number, reason: string, detail: string): string {
  const body = JSON.stringify({ type: "/api/docs#problem-malformed-request", title: reason, status, detail });
  const headers = {
    ...SECURITY_HEADERS,
    "Content-Type": "application/problem+json; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Length": String(Buffer.byteLength(body)),
    Connection: "close",
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join("\r\n")}\r\n\r\n${body}`;
}

/**
 * Requests Node rejects before any handler runs (a malformed request line, headers over the limit, a
 * request that took too long) get the same security headers and problem+json body as the app's own
 * errors, instead of Node's bare "400 Bad Request".
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (error.code === "ECONNRESET" && socket.destroyed)) {
      socket.destroy();
      return;
    }
    const code = error.code ?? "";
    const response = TOO_LARGE.has(code)
      ? answer(431, "Request Header Fields Too Large", "send smaller headers (at most 16 KB together)")
      : code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? answer(408, "Request Timeout", "send the whole request sooner")
        : answer(400, "Bad Request", "the request is not valid HTTP/1.1");
    socket.end(response);
  });
}
