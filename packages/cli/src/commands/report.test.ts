import { readFileSync } from "node:fs";
import { demoDiary, KNOWLEDGE_VERSION } from "@backtalk/engine";
import type { Bundle, FhirResource, Observation } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { runCli, STACK_LINE, tempFile } from "../testing/run.ts";

const TODAY = ["--today", "2026-11-25"];

function bundleOf(stdout: string): Bundle<FhirResource> {
  const bundle = JSON.parse(stdout) as Bundle<FhirResource>;
  expect(bundle.resourceType).toBe("Bundle");
  return bundle;
}

describe("backtalk report", () => {
  it("--demo --fhir prints the example diary's report as a FHIR Bundle", async () => {
    const run = await runCli(["report", "--demo", "--fhir", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const bundle = bundleOf(run.stdout);
    const types = new Set(bundle.entry?.map((entry) => entry.resource?.resourceType));
    expect(types).toContain("QuestionnaireResponse");
    expect(types).toContain("Observation");
    expect(bundle.meta?.tag?.[0]?.code).toBe(KNOWLEDGE_VERSION);
    const pain = bundle.entry?.find((entry) => entry.resource?.resourceType === "Observation")
      ?.resource as Observation;
    // Check-ins ask for the worst pain in 24 hours, which LOINC 72514-3 (pain now) does not mean.
    expect(pain.code.coding?.[0]).toMatchObject({ code: "painScore" });
  });

  it("--diary FILE reads an app export, the same as the demo it came from", async () => {
    const diary = demoDiary({ today: "2026-11-25", lang: "en" });
    const run = await runCli(["report", "--diary", tempFile("diary.json", diary), "--fhir", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    const fromFile = bundleOf(run.stdout);
    const fromDemo = bundleOf((await runCli(["report", "--demo", "--fhir", ...TODAY])).stdout);
    const kinds = (bundle: Bundle<FhirResource>) =>
      bundle.entry?.map((entry) => entry.resource?.resourceType);
    expect(kinds(fromFile)).toEqual(kinds(fromDemo));
  });

  it("--pdf OUT writes a one-page PDF", async () => {
    const out = tempFile("report.pdf", "");
    const run = await runCli(["report", "--demo", "--pdf", out, "--lang", "es", ...TODAY]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(out);
    expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("refuses a file that is not a diary, naming the fields, with status 2", async () => {
    const run = await runCli(["report", "--diary", tempFile("case.json", { facts: {} }), "--fhir"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("is not a BackTalk diary export");
    expect(run.stderr).toContain("format:");
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("asks for an input and an output", async () => {
    expect((await runCli(["report", "--fhir"])).stderr).toContain("exactly one of --diary FILE or --demo");
    expect((await runCli(["report", "--demo"])).stderr).toContain("--fhir");
  });
});
