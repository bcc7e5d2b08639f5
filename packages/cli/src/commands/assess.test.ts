import { assess, messagesFor, toQuestionnaireResponse } from "@backtalk/engine";
import { expectationFailures, loadSampleCases } from "@backtalk/engine/testing/cases";
import { describe, expect, it } from "vitest";
import { runCli, STACK_LINE, tempFile } from "../testing/run.ts";

const samples = loadSampleCases();
const TODAY = ["--today", "2026-11-25"];
const allCases = tempFile(
  "cases.json",
  samples.map(({ case: sample }) => sample),
);

describe("backtalk assess --json", () => {
  it("gives every sample case its expected level, reasons and top cause, in the same order", async () => {
    const run = await runCli(["assess", "--case", allCases, "--json", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results.map((result: { id: string }) => result.id)).toEqual(samples.map(({ case: c }) => c.id));
    samples.forEach(({ file, case: sample }, index) => {
      expect(expectationFailures(results[index], sample.expected), file).toEqual([]);
    });
  });

  it("prints the documented result object, equal to the engine's assessment, for a single case", async () => {
    const [first] = samples;
    const file = tempFile("one.json", first?.case);
    const run = await runCli(["assess", "--case", file, "--json", ...TODAY]);
    const result = JSON.parse(run.stdout);
    expect(Array.isArray(result)).toBe(false);
    expect(Object.keys(result).slice(0, 4)).toEqual(["id", "level", "complete", "missing"]);
    expect(result).toMatchObject({
      rules: expect.any(Array),
      causes: expect.any(Array),
      plan: expect.any(Object),
    });
    const { id, ...assessment } = result;
    expect(id).toBe(first?.case.id);
    expect(assessment).toEqual(
      JSON.parse(JSON.stringify(assess(first?.case.facts ?? {}, { today: "2026-11-25" }))),
    );
  });

  it("keeps an array of one as an array, and gives a case without id a null id", async () => {
    const file = tempFile("array.json", [{ facts: { fever: true } }]);
    const result = JSON.parse((await runCli(["assess", "--case", file, "--json", ...TODAY])).stdout);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ id: null, level: "urgent" });
  });

  it("accepts a FHIR QuestionnaireResponse and gives the same result as the case", async () => {
    for (const { case: sample } of samples.slice(0, 3)) {
      const file = tempFile("response.json", { id: sample.id, ...toQuestionnaireResponse(sample.facts) });
      const run = await runCli(["assess", "--fhir-response", file, "--json", ...TODAY]);
      expect(run.status, run.stderr).toBe(0);
      const direct = JSON.parse(
        (await runCli(["assess", "--case", tempFile("c.json", sample), "--json", ...TODAY])).stdout,
      );
      expect(JSON.parse(run.stdout)).toEqual(direct);
    }
  });

  it("rejects a bad QuestionnaireResponse naming the item", async () => {
    const file = tempFile("bad-response.json", {
      resourceType: "QuestionnaireResponse",
      item: [{ linkId: "fever", answer: [{ valueString: "yes" }] }],
    });
    const run = await runCli(["assess", "--fhir-response", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'item[0].answer[0]: "fever" must be answered with valueCoding with code "true", "false"',
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe("backtalk assess (readable)", () => {
  const emergency = samples.find(({ case: c }) => c.expected.level === "emergency")?.case;
  const emergencyFile = tempFile("emergency.json", emergency);

  it("puts the emergency advice in a box first, with the country's number and 'don't drive yourself'", async () => {
    const run = await runCli([
      "assess",
      "--case",
      emergencyFile,
      "--lang",
      "en",
      "--country",
      "GB",
      ...TODAY,
    ]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^╔═+╗$/);
    expect(lines[1]).toContain(messagesFor("en").levels.emergency.title);
    expect(run.stdout).toContain("Call 999 now");
    const en = messagesFor("en");
    expect(run.stdout).toContain(en.plan.now.doNotDrive);
    expect(run.stdout).toContain(en.reasonsIntro);
    // An emergency has no self-care plan: no walks, no cold or heat, no check-in date.
    for (const part of [en.plan.title, en.plan.walking.title, en.plan.cold.title, en.plan.heat.title]) {
      expect(run.stdout).not.toContain(part);
    }
    expect(run.stdout).not.toContain("Check in again");
  });

  it("reads in 30 seconds: level, what to do now, key reasons, the safety net, then causes, plan and sources", async () => {
    const en = messagesFor("en");
    const selfCare = samples.find(({ case: c }) => c.expected.level === "self_care")?.case;
    const run = await runCli(["assess", "--case", tempFile("sc.json", selfCare), "--lang", "en", ...TODAY]);
    // The first words of each heading (a long heading wraps).
    const at = (text: string) => run.stdout.indexOf(text.slice(0, 24));
    const order = [
      en.levels.self_care.title,
      en.reasonsIntro,
      en.plan.watchFor.title,
      en.causesIntro,
      en.plan.title,
      en.sourcesLabel,
    ].map(at);
    expect(
      order.every((position) => position >= 0),
      JSON.stringify(order) + run.stderr,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // No internal rule ids in the person's view (the JSON keeps them).
    expect(run.stdout).not.toMatch(/\((SC|[EUS]\d+)\)|Rule SC/);
  });

  it("an urgent result puts 'contact a doctor today' first, with no walking goal and no check-in date", async () => {
    const en = messagesFor("en");
    const urgent = samples.find(({ case: c }) => c.expected.level === "urgent")?.case;
    const run = await runCli(["assess", "--case", tempFile("u.json", urgent), "--lang", "en", ...TODAY]);
    expect(run.stdout.indexOf(en.plan.doctorToday.title)).toBeLessThan(run.stdout.indexOf(en.reasonsIntro));
    expect(run.stdout).not.toContain(en.plan.walking.title);
    expect(run.stdout).not.toContain("Check in again");
  });

  it("--unsure resolves 'not sure' answers as the interview and the web app do", async () => {
    const selfCare = samples.find(({ case: c }) => c.expected.level === "self_care")?.case;
    const { saddleNumbness: _, ...facts } = selfCare?.facts ?? {};
    const file = tempFile("unsure.json", { id: "u", facts });
    const open = JSON.parse((await runCli(["assess", "--case", file, "--json", ...TODAY])).stdout);
    expect(open).toMatchObject({ level: null, missing: ["saddleNumbness"] });
    const run = await runCli(["assess", "--case", file, "--unsure", "saddleNumbness", "--json", ...TODAY]);
    const resolved = JSON.parse(run.stdout);
    expect(resolved).toMatchObject({
      level: "urgent",
      unsure: [{ fact: "saddleNumbness", couldReach: "emergency" }],
    });
    const oracle = JSON.parse((await runCli(["interview", "--oracle", file, "--json", ...TODAY])).stdout);
    expect(oracle.level).toBe("urgent");
    expect(oracle.plan).toEqual(resolved.plan);
    const text = (
      await runCli(["assess", "--case", file, "--unsure", "saddleNumbness", "--lang", "en", ...TODAY])
    ).stdout;
    expect(text).toContain(messagesFor("en").unsure.level.urgent);
    expect(text).not.toContain(messagesFor("en").reasonsNone);
  });

  it("falls back to 112 and asks to confirm the country when the locale has none", async () => {
    const run = await runCli(["assess", "--case", emergencyFile, "--lang", "en", ...TODAY], {
      LANG: "C.UTF-8",
      LC_ALL: "",
      LC_MESSAGES: "",
    });
    expect(run.stdout).toContain("Call 112 now");
    expect(run.stdout).toContain("We don't know your country.");
  });

  it("takes the country and the language from the locale", async () => {
    const run = await runCli(["assess", "--case", emergencyFile, ...TODAY], {
      LANG: "es_MX.UTF-8",
      LC_ALL: "",
    });
    expect(run.stdout).toContain(messagesFor("es").levels.emergency.title);
    expect(run.stdout).toContain("Llame ahora al 911");
  });

  it("prints Spanish with --lang es, wrapped to the width", async () => {
    const run = await runCli(["assess", "--case", allCases, "--lang", "es", ...TODAY]);
    expect(run.status).toBe(0);
    const es = messagesFor("es");
    for (const level of ["emergency", "urgent", "soon", "self_care"] as const) {
      expect(run.stdout).toContain(es.levels[level].title);
    }
    expect(run.stdout).toContain(es.causesIntro);
    expect(run.stdout).not.toContain(messagesFor("en").reasonsIntro);
    expect(Math.max(...run.stdout.split("\n").map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});
