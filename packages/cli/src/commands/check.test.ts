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

const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: "utf8", input: "" });

/** Presses Enter at the optional first prompt ("Tell us in your own words"), which skips it. */
async function skipWords(session: TerminalSession): Promise<number> {
  const at = await session.waitFor(/Tell us in your own words \(Enter to skip\)/);
  await session.type("\r");
  return at + 1;
}

describe("backtalk check in a terminal", () => {
  it("an emergency sign ends the check at once with the boxed emergency advice", async () => {
    const session = new TerminalSession(ARGS);
    await skipWords(session);
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
    await skipWords(session);
    await session.waitFor(/Numbness or tingling/);
    await session.type("\u0003");
    expect(await session.exited).toBe(130);
    expect(session.text).toContain("Stopped. Nothing was saved.");
    expect(session.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a whole check answered by typing, with 'not sure' showing how to find out, ends at self-care", async () => {
    const session = new TerminalSession(ARGS);
    let from = await skipWords(session);
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

describe("backtalk check with the person's own words", () => {
  const SADDLE = "My lower back locked up yesterday lifting a box. I can't feel anything down there.";

  it("reads the words first: what was understood, the advice at once, the sign pre-selected to confirm", async () => {
    const session = new TerminalSession(ARGS);
    await session.waitFor(/Tell us in your own words \(Enter to skip\)/);
    await session.type(SADDLE);
    await session.type("\r");
    await session.waitFor(/What we understood from your words:/);
    await session.waitFor(/From what you wrote, this may need emergency care/);
    await session.waitFor(/Call 999 now/);
    await session.waitFor(/You wrote “can't feel anything down there”/);
    const question = await session.waitFor(/Numbness or tingling between your legs/);
    await session.waitFor(/● Yes/, question);
    // One Enter confirms the answer chosen from the words; the engine settles the emergency at once.
    await session.type("\r");
    expect(await session.exited).toBe(0);
    const result = session.text.slice(session.text.lastIndexOf("Your result"));
    expect(result).toContain(`║ ${en.levels.emergency.title}`);
    expect(result).toContain("Numbness between the legs: Yes");
    expect(session.text).toContain(en.screens.follow_up_emergency.title);
    expect(session.text).not.toContain("New trouble with your bladder");
  });

  it("--text skips the prompt; changing the pre-selected answer is the person's choice", async () => {
    const session = new TerminalSession([...ARGS, "--text", SADDLE]);
    const question = await session.waitFor(/Numbness or tingling between your legs/);
    expect(session.text).not.toContain("Tell us in your own words");
    await session.waitFor(/● Yes/, question);
    await session.type("\u001b[B"); // arrow down to "No"
    const from = session.text.length;
    await session.type("\r");
    // Not taken as given: answered No, the check goes on to the next question.
    await session.waitFor(/New trouble with your bladder/, from);
    session.kill();
  });

  it("a 'no' read from the words is only pre-selected: the person changes it and the advice follows", async () => {
    // Spanish words in the English app: read in Spanish as "no bladder problem", which the person corrects.
    const session = new TerminalSession([...ARGS, "--text", "Orino bien y me duele la espalda baja"]);
    await session.waitFor(/Read as: Spanish/);
    await session.waitFor(/Numbness or tingling between your legs/);
    await session.type("no");
    await session.type("\r");
    const note = await session.waitFor(/You wrote “Orino bien”/);
    const question = await session.waitFor(/New trouble with your bladder/, note);
    await session.waitFor(/● No/, question);
    await session.type("\u001b[A"); // arrow up to "Yes"
    await session.type("\r");
    expect(await session.exited).toBe(0);
    const result = session.text.slice(session.text.lastIndexOf("Your result"));
    expect(result).toContain(`║ ${en.levels.emergency.title}`);
  });

  it("a sign read as one of several options starts on that option", async () => {
    const words = "Lower back spasm since yesterday, the pain shoots down my right leg past the knee.";
    const session = new TerminalSession([...ARGS, "--text", words]);
    let from = 0;
    for (;;) {
      const at = await session.waitFor(/◆ {2}/, from);
      const end = await session.waitFor(/Search:/, at);
      if (/Does pain spread into a leg/.test(session.text.slice(at, end))) {
        expect(session.text.slice(0, at)).toContain("You wrote “shoots down my right leg past the knee”");
        await session.waitFor(/● Yes, below the knee/, at);
        break;
      }
      await session.type("no");
      from = session.text.length;
      await session.type("\r");
    }
    session.kill();
  }, 30_000);

  it("without a terminal: prints what was understood and the advice, then asks for a terminal (status 2)", () => {
    const result = run([...ARGS, "--text", "I peed myself and my lower back hurts"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("What we understood from your words:");
    expect(result.stdout).toContain("New bladder problem: Yes ← “peed myself”");
    expect(result.stdout).toContain("From what you wrote, this may need emergency care");
    expect(result.stdout).toContain("Call 999 now");
    expect(result.stderr).toContain("needs a terminal");
  });

  it("an answer from --answers wins over the words", () => {
    const file = join(tmpdir(), `backtalk-check-words-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ facts: { bladderChange: true } }));
    const result = run([...ARGS, "--answers", file, "--text", "No bladder problems, just a back spasm."]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("New bladder problem: No ← “bladder problems” (you said no)");
    expect(result.stdout).toContain(en.levels.emergency.title);
  });

  it("words longer than 4000 characters are refused (status 2)", () => {
    const result = run([...ARGS, "--text", "back ".repeat(900)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--text must be at most 4000 characters");
  });
});
