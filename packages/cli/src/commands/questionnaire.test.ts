import { KNOWLEDGE_VERSION, QUESTIONNAIRE_URL, toQuestionnaire } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run.ts";

describe("backtalk questionnaire --fhir", () => {
  it("prints the FHIR R4 Questionnaire as JSON", async () => {
    const run = await runCli(["questionnaire", "--fhir", "--lang", "en"]);
    expect(run.status).toBe(0);
    const questionnaire = JSON.parse(run.stdout);
    expect(questionnaire).toMatchObject({
      resourceType: "Questionnaire",
      url: `${QUESTIONNAIRE_URL}-en`,
      version: KNOWLEDGE_VERSION,
      status: "active",
    });
    expect(questionnaire).toEqual(toQuestionnaire("en"));
  });

  it("speaks Spanish with --lang es", async () => {
    const run = await runCli(["questionnaire", "--fhir", "--lang", "es"]);
    expect(JSON.parse(run.stdout)).toEqual(toQuestionnaire("es"));
  });

  it("asks for the format when --fhir is missing", async () => {
    const run = await runCli(["questionnaire"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--fhir");
  });
});
