import { describe, expect, it } from "vitest";
import { listenProblem } from "./listen-problem.ts";

const failure = (code: string) => Object.assign(new Error(code), { code });

describe("what a person is told when the server cannot listen", () => {
  it("names a taken port, where BackTalk may already be, and another port to use", () => {
    const told = listenProblem(failure("EADDRINUSE"), "127.0.0.1", 3000);
    expect(told).toContain("port 3000 is already in use");
    expect(told).toContain("http://127.0.0.1:3000");
    expect(told).toContain("PORT=3001 npm start");
    expect(listenProblem(failure("EADDRINUSE"), "127.0.0.1", 3001)).toContain("PORT=3002 npm start");
  });

  it("names a port that is not allowed, and an address that is not this computer's", () => {
    expect(listenProblem(failure("EACCES"), "127.0.0.1", 80)).toContain("port 80");
    expect(listenProblem(failure("EADDRNOTAVAIL"), "10.9.9.9", 3000)).toContain("10.9.9.9 is not an address");
  });

  it("names any other failure by its code", () => {
    expect(listenProblem(failure("EINVAL"), "127.0.0.1", 3000)).toContain("(EINVAL)");
  });
});
