import { KNOWLEDGE_VERSION } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { runCli, STACK_LINE, tempFile } from "./testing/run.ts";

/** Every usage mistake: status 2, a message on stderr, nothing on stdout, no stack trace. */
async function expectUsageError(args: string[], ...messages: string[]) {
  const run = await runCli(args);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(STACK_LINE);
  for (const message of messages) expect(run.stderr).toContain(message);
}

describe("backtalk errors", () => {
  it("a missing file", () =>
    expectUsageError(
      ["assess", "--case", "/nonexistent/case.json"],
      "cannot read /nonexistent/case.json: no such file",
    ));

  it("a folder instead of a file", () =>
    expectUsageError(["interview", "--oracle", "/tmp"], "it is a folder"));

  it("bad JSON", () => {
    const file = tempFile("bad.json", '{ "facts": ');
    return expectUsageError(["assess", "--case", file], `${file} is not valid JSON`);
  });

  it("a schema violation names each bad field and what is allowed", () => {
    const file = tempFile("invalid.json", [
      { facts: { age: 30 } },
      { facts: { age: 200, fever: "yes", feverish: true } },
    ]);
    return expectUsageError(
      ["assess", "--case", file, "--json"],
      `${file}: [1].facts.age: must be a whole number from 0 to 120`,
      `${file}: [1].facts.fever: must be true or false`,
      `${file}: [1].facts.feverish: "feverish" is not a known fact`,
    );
  });

  it("an unknown option", () =>
    expectUsageError(["assess", "--case", "x.json", "--bogus"], "unknown option '--bogus'"));

  it("an unknown command", () => expectUsageError(["frobnicate"], "unknown command 'frobnicate'"));

  it("an unsupported language", () =>
    expectUsageError(["questionnaire", "--fhir", "--lang", "fr"], "Allowed choices are en, es"));

  it("a missing required option", () => expectUsageError(["interview"], "--oracle"));

  it("both or neither input of assess", async () => {
    await expectUsageError(["assess"], "exactly one of --case FILE or --fhir-response FILE");
    await expectUsageError(["assess", "--case", "a", "--fhir-response", "b"], "exactly one of");
  });

  it("a bad country or date", async () => {
    await expectUsageError(["assess", "--case", "x", "--country", "GBR"], "two-letter country code");
    await expectUsageError(["assess", "--case", "x", "--today", "25/11/2026"], "YYYY-MM-DD");
  });
});

describe("backtalk help", () => {
  it("explains every command", async () => {
    const run = await runCli(["--help"]);
    expect(run.status).toBe(0);
    for (const command of ["check", "assess", "interview", "questionnaire"])
      expect(run.stdout).toContain(command);
    expect(run.stdout).toContain("In an emergency, call your emergency number now.");
  });

  it("explains each command's options", async () => {
    const run = await runCli(["assess", "--help"]);
    expect(run.status).toBe(0);
    for (const option of [
      "--case <file>",
      "--fhir-response <file>",
      "--json",
      "--lang <lang>",
      "--country <code>",
    ]) {
      expect(run.stdout).toContain(option);
    }
  });

  it("prints the version with the knowledge version", async () => {
    const run = await runCli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(KNOWLEDGE_VERSION);
  });
});
