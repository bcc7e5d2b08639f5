import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { messagesFor } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { BIN, REPO, TerminalSession } from "../testing/terminal.ts";

const en = messagesFor("en");
const ARGS = ["check", "--lang", "en", "--country", "GB", "--today", "2026-11-25"];

/** Typed answers for the questions that are not yes/no; everything else is answered "no". */
const TYPED: readonly [RegExp, string][] = [
  [/How old are you/, "35"],
  [/What is your sex/, "fem"],
  [/How did it start/, "lift"],
  [/How many days ago/, "3"],
  [/Since it started/, "getting b"],
  [/how many other times/, "0"],
  [/how many days have you already tried/, "0"],
];

describe("backtalk check in a terminal", () => {
  it("an emergency sign ends the check at once with the boxed emergency advice", async () => {
    const session = new TerminalSession(ARGS);
    await session.waitFor(/Numbness or tingling between your legs/);
    await session.type("yes");
    await session.type("\r");
    expect(await session.exited).toBe(0);
    const screen = session.text;
    expect(screen).toContain(`╔`);
    expect(screen).toContain(`║ ${en.levels.emergency.title}`);
    expect(screen).toContain("Call 999 now");
    expect(screen).toContain("Don't drive yourself");
    // Only the first question was asked.
    expect(screen).not.toContain("New trouble with your bladder");
  });

  it("Ctrl-C stops cleanly, with status 130 and no stack trace", async () => {
    const session = new TerminalSession(ARGS);
    await session.waitFor(/Numbness or tingling/);
    await session.type("\u0003");
    expect(await session.exited).toBe(130);
    expect(session.text).toContain("Stopped. Nothing was saved.");
    expect(session.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a whole check answered by typing, with 'not sure' showing how to find out, ends at self-care", async () => {
    const session = new TerminalSession(ARGS);
    let from = 0;
    let questions = 0;
    let askedFever = false;
    for (;;) {
      const at = await session.waitFor(/◆|Your result/, from);
      if (session.text.startsWith("Your result", at)) break;
      const end = await session.waitFor(/Search:|Type a number/, at);
      const prompt = session.text.slice(at, end);
      questions += 1;
      if (/A fever/.test(prompt) && !askedFever) {
        // "Not sure" on the fever question explains how to find out, then asks again.
        askedFever = true;
        await session.type("not");
        from = session.text.length;
        await session.type("\r");
        await session.waitFor(/take your temperature/, from);
        continue;
      }
      await session.type(TYPED.find(([pattern]) => pattern.test(prompt))?.[1] ?? "no");
      from = session.text.length;
      await session.type("\r");
    }
    expect(await session.exited).toBe(0);
    expect(askedFever).toBe(true);
    expect(questions).toBeGreaterThan(10);
    const result = session.text.slice(session.text.indexOf("Your result"));
    expect(result).toContain(en.levels.self_care.title);
    expect(result).toContain(en.plan.title);
    expect(result).not.toContain("╔");
  }, 60_000);
});

describe("backtalk check without a terminal", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: "utf8", input: "" });

  it("shows the result when the given answers already settle it", () => {
    const file = join(tmpdir(), `backtalk-check-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ facts: { chestSymptoms: true } }));
    const result = run([...ARGS, "--answers", file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(en.levels.emergency.title);
    expect(result.stdout).toContain("Call 999 now");
  });

  it("explains that it needs a terminal when questions remain, with exit status 2", () => {
    const result = run(ARGS);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("needs a terminal");
    expect(result.stdout).toBe("");
  });
});
