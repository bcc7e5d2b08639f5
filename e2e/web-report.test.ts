import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  buildReport,
  demoDiary,
  KNOWLEDGE_VERSION,
  KNOWLEDGE_VERSION_SYSTEM,
  type Lang,
  localDate,
  REPORT_LABELS,
} from "@backtalk/engine";
import type { Bundle, FhirResource, Observation, RiskAssessment } from "fhir/r4";
import type { Page } from "playwright-core";
import { openPage } from "./support/browser.ts";
import { DIARY_UI } from "./support/diary-driver.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();
let downloads: string;

before(async () => {
  downloads = mkdtempSync(join(tmpdir(), "backtalk-downloads-"));
});

after(async () => {
  rmSync(downloads, { recursive: true, force: true });
});

/** Opens the doctor report of the example diary. */
async function exampleReport(page: Page, lang: Lang): Promise<void> {
  const words = DIARY_UI[lang];
  await page.goto("/diary");
  await page.getByRole("button", { name: words.demo.try }).first().click();
  await page.locator(".course-status").waitFor();
  await page.goto("/report");
  await page.locator(".report-page").waitFor();
}

async function download(page: Page, button: string, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = join(downloads, name);
  await file.saveAs(path);
  return path;
}

/** The report the engine makes of the same example diary, today. */
const expected = (lang: Lang) => {
  const today = localDate(new Date());
  return buildReport(demoDiary({ today, lang }), { today, lang });
};

describe("the doctor report", () => {
  for (const lang of ["en", "es"] as const) {
    it(`downloads a PDF that says what the report says (${lang})`, { timeout: 60_000 }, async () => {
      const { page, context, errors, foreign } = await openPage(suite.browser, suite.app.url, {
        acceptDownloads: true,
        locale: lang === "es" ? "es-ES" : "en-US",
      });
      await exampleReport(page, lang);
      const pdf = await download(page, DIARY_UI[lang].report.pdf, `report-${lang}.pdf`);
      assert.equal(readFileSync(pdf).subarray(0, 5).toString(), "%PDF-");
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(
        /\s+/g,
        " ",
      );
      const labels = REPORT_LABELS[lang];
      const report = expected(lang);
      assert.equal(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)?.[1], "1");
      for (const words of [
        labels.demoBanner,
        labels.statuses[report.status],
        labels.warningSigns,
        KNOWLEDGE_VERSION,
      ])
        assert.ok(text.includes(words.replace(/\s+/g, " ")), `PDF has "${words}"`);
      for (const rule of report.rules) assert.ok(text.includes(rule.id), `PDF names rule ${rule.id}`);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  it("downloads a FHIR R4 Bundle with pain scores (worst in 24 hours, BackTalk's code) and references that resolve", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url, { acceptDownloads: true });
    await exampleReport(page, "en");
    const path = await download(page, DIARY_UI.en.report.fhir, "report.fhir.json");
    const bundle = JSON.parse(readFileSync(path, "utf8")) as Bundle<FhirResource>;
    assert.equal(bundle.resourceType, "Bundle");
    assert.equal(bundle.type, "collection");
    // Example data is marked as test data.
    assert.ok(bundle.meta?.security?.some((coding) => coding.code === "HTEST"));
    const entries = bundle.entry ?? [];
    const types = new Set(entries.map((entry) => entry.resource?.resourceType));
    assert.deepEqual([...types].sort(), ["Observation", "QuestionnaireResponse", "RiskAssessment"]);
    assert.ok(!types.has("Patient"), "no patient identity by default");
    const report = expected("en");
    const observations = entries
      .map((entry) => entry.resource)
      .filter((resource): resource is Observation => resource?.resourceType === "Observation");
    assert.equal(observations.length, report.painSeries.length);
    for (const observation of observations) {
      assert.deepEqual(
        observation.code.coding?.map((coding) => [coding.system, coding.code]),
        [["https://backtalk.example/fhir/CodeSystem/fact", "painScore"]],
      );
      assert.ok(Number.isInteger(observation.valueInteger));
    }
    const fullUrls = new Set(entries.map((entry) => entry.fullUrl));
    assert.equal(fullUrls.size, entries.length, "every entry has its own fullUrl");
    const risk = entries.find((entry) => entry.resource?.resourceType === "RiskAssessment")
      ?.resource as RiskAssessment;
    assert.ok((risk.basis ?? []).length > 0);
    for (const reference of risk.basis ?? [])
      assert.ok(fullUrls.has(reference.reference), `${reference.reference} resolves`);
    assert.deepEqual(
      risk.method?.coding?.map((coding) => coding.code),
      report.rules.map((rule) => rule.id),
    );
    for (const entry of entries)
      assert.ok(
        entry.resource?.meta?.tag?.some(
          (tag) => tag.system === KNOWLEDGE_VERSION_SYSTEM && tag.code === KNOWLEDGE_VERSION,
        ),
      );
    await context.close();
  });

  it("shares a link with a QR code and an expiry, shows the doctor the same report, and turns it off", {
    timeout: 60_000,
  }, async () => {
    const { page, context, errors } = await openPage(suite.browser, suite.app.url);
    const words = DIARY_UI.en.share;
    await exampleReport(page, "en");
    // Nothing is sent before the person confirms.
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/shares")) sent.push(request.method());
    });
    await page.getByLabel(words.expiryLabel).selectOption("7");
    await page.getByRole("button", { name: words.create }).click();
    await page.getByRole("heading", { name: words.confirmTitle }).waitFor();
    assert.deepEqual(sent, []);
    await page.getByRole("button", { name: words.confirm }).click();
    const link = page.getByRole("textbox", { name: words.linkLabel });
    await link.waitFor();
    assert.deepEqual(sent, ["POST"]);
    const url = await link.inputValue();
    assert.match(url, new RegExp(`^${suite.app.url}/s/[A-Za-z0-9_-]{43}$`));
    const qr = page.getByRole("img", { name: words.qrLabel });
    assert.ok(((await qr.locator("path").getAttribute("d")) ?? "").length > 500);
    const week = new Date(Date.now() + 7 * 86_400_000);
    assert.match(
      (await page.locator(".share-link").textContent()) ?? "",
      new RegExp(String(week.getUTCFullYear())),
    );

    // The doctor's page: the engine's report, read-only, no script.
    const doctor = await context.newPage();
    const response = await doctor.goto(url);
    assert.equal(response?.status(), 200);
    const page2 = await doctor.content();
    const report = expected("en");
    assert.ok(page2.includes(REPORT_LABELS.en.statuses[report.status]));
    assert.ok(page2.includes(REPORT_LABELS.en.demoBanner));
    assert.equal(await doctor.locator("script").count(), 0);

    // A reload keeps the link; then it is turned off and stops working.
    await page.reload();
    await page.getByRole("textbox", { name: words.linkLabel }).waitFor();
    await page.getByRole("button", { name: words.revoke }).click();
    await page.getByText(words.revoked).waitFor();
    assert.equal((await doctor.goto(url))?.status(), 410);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
