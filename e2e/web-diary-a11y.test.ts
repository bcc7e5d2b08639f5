import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Lang } from "@backtalk/engine";
import { openPage } from "./support/browser.ts";
import { addCheckIn, DIARY_UI } from "./support/diary-driver.ts";
import { inspectScreen } from "./support/inspect.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();

interface Findings {
  readonly violations: string[];
  readonly overflow: string[];
  readonly errors: string[];
}

const inspect = inspectScreen;

/** Every new screen in the states a person meets them: empty, filled in, with problems, saved, example data. */
async function tour(lang: Lang, width: number, prefix: string): Promise<Findings> {
  const findings: Findings = { violations: [], overflow: [], errors: [] };
  const words = DIARY_UI[lang];
  const { page, context, errors } = await openPage(suite.browser, suite.app.url, {
    locale: lang === "es" ? "es-ES" : "en-US",
    viewport: { width, height: 800 },
    reducedMotion: "reduce",
  });
  const shot = (name: string) => inspect(page, `${prefix}-${name}`, findings);

  await page.goto("/diary");
  await page.getByRole("button", { name: words.demo.try }).waitFor();
  await shot("diary-empty");
  await page.goto("/report");
  await page.getByRole("heading", { level: 1, name: words.report.title }).waitFor();
  await shot("report-empty");
  await page.goto("/check-in");
  await page.getByRole("button", { name: words.checkIn.save }).click();
  await page.getByRole("alert").waitFor();
  await shot("check-in-errors");
  await addCheckIn(page, { pain: 6, zones: ["lower_back:left"], signs: { fever: "dont_know" } }, lang);
  await shot("check-in-saved");
  await addCheckIn(page, { pain: 7, zones: ["lower_back:left"], signs: { saddleNumbness: true } }, lang);
  await page.getByRole("alert").waitFor();
  await shot("check-in-emergency");
  await page.goto("/diary");
  await page.locator(".course-status").waitFor();
  await shot("diary");
  await page.goto("/my-data");
  await page.getByRole("button", { name: words.data.export }).waitFor();
  await shot("my-data");
  await page.getByRole("button", { name: words.data.delete }).click();
  await page.getByRole("heading", { name: words.data.deleteConfirmTitle }).waitFor();
  await shot("my-data-delete");
  await page.getByRole("button", { name: words.data.deleteConfirm }).click();
  await page.getByText(words.data.deleted).waitFor();

  // The example diary: diary, a fresh check-in form, the report with a share link.
  await page.goto("/diary");
  await page.getByRole("button", { name: words.demo.try }).click();
  await page.locator(".course-status").waitFor();
  await page.locator("details.why summary").click();
  await shot("diary-example");
  await page.goto("/check-in");
  await page.locator("form.check-in").waitFor();
  await page.locator(".body-map-list summary").click();
  await shot("check-in");
  await page.goto("/report");
  await page.locator(".report-page").waitFor();
  await page.getByRole("button", { name: words.share.create }).click();
  await page.getByRole("button", { name: words.share.confirm }).click();
  await page.getByRole("img", { name: words.share.qrLabel }).waitFor();
  await shot("report-example");
  await page.emulateMedia({ media: "print" });
  await shot("report-print");
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: words.share.revoke }).click();
  await page.getByText(words.share.revoked).waitFor();
  await page.goto("/my-data");
  await page.getByRole("button", { name: words.demo.clear }).first().waitFor();
  await shot("my-data-example");
  findings.errors.push(...errors);
  await context.close();
  return findings;
}

describe("the diary screens: axe, reflow and screenshots", () => {
  for (const [lang, width, prefix] of [
    ["en", 1024, "en"],
    ["es", 1024, "es"],
    ["en", 320, "en-320"],
    ["es", 320, "es-320"],
  ] as const) {
    it(`zero axe violations and no sideways scrolling (${prefix}), screenshots saved`, {
      timeout: 120_000,
    }, async () => {
      const findings = await tour(lang, width, prefix);
      assert.deepEqual(findings.violations, []);
      assert.deepEqual(findings.overflow, []);
      assert.deepEqual(findings.errors, []);
    });
  }
});
