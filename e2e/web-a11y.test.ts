import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { type Lang, messagesFor } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { openPage } from "./support/browser.ts";
import { answerCheck, loadCase, UI } from "./support/check-driver.ts";
import { inspectScreen, SHOTS } from "./support/inspect.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();

interface Findings {
  readonly violations: string[];
  readonly overflow: string[];
  readonly screens: string[];
}

/** Inspects the screen (axe, reflow, screenshot) and records that it was seen. */
async function inspect(page: Page, name: string, findings: Findings): Promise<void> {
  await inspectScreen(page, name, findings);
  findings.screens.push(name);
}

/**
 * Visits every screen in one language and size, in the states a person meets them. Part "check": the
 * check's screens and the results they lead to; part "rest": the other results and every other screen.
 */
async function tour(lang: Lang, width: number, prefix: string, part: "check" | "rest"): Promise<Findings> {
  const findings: Findings = { violations: [], overflow: [], screens: [] };
  const ui = UI[lang];
  const messages = messagesFor(lang);
  const { page, context } = await openPage(suite.browser, suite.app.url, {
    locale: lang === "es" ? "es-ES" : "en-US",
    viewport: { width, height: 800 },
  });
  await context.grantPermissions([]);
  const shot = (name: string) => inspect(page, `${prefix}-${name}`, findings);
  if (part === "rest") {
    await rest(page, lang, prefix, shot);
    await context.close();
    return findings;
  }

  await page.goto("/");
  await page.getByRole("button", { name: ui.start.begin }).waitFor();
  await shot("start");
  await page.getByRole("button", { name: ui.start.begin }).click();
  await page.getByRole("button", { name: ui.check.continue }).click();
  await page.getByRole("alert").waitFor();
  await shot("check-errors");
  await page.goto("/check");

  // A soon case: every check screen it meets, then its result.
  const sample = loadCase("sample-09");
  await answerCheck(page, sample.facts, lang, "mouse", (screen) => shot(`check-${screen + 1}`));
  await shot("result-soon");

  // The "not sure" advice on the fever question.
  await page.goto("/");
  await page.getByRole("button", { name: ui.start.restart }).click();
  await page.getByRole("button", { name: messages.answers.noneOfThese }).click();
  await page.getByRole("button", { name: ui.check.continue }).click();
  await answerCheck(page, { ...loadCase("sample-11").facts, fever: undefined }, lang, "mouse", async () => {
    if ((await page.locator("#q-fever").count()) > 0) {
      await page.locator("#q-fever").getByRole("radio", { name: messages.answers.dontKnow }).check();
      await page.locator(".find-out").waitFor();
      await shot("check-find-out");
    }
  });
  await shot("result-incomplete");

  await context.close();
  return findings;
}

async function rest(
  page: Page,
  lang: Lang,
  prefix: string,
  shot: (name: string) => Promise<void>,
): Promise<void> {
  const ui = UI[lang];
  await page.goto("/");
  await page.getByRole("button", { name: ui.start.begin }).click();
  await answerCheck(page, loadCase("sample-01").facts, lang);
  await shot("result-emergency");
  await page.emulateMedia({ media: "print" });
  await page.screenshot({
    path: join(SHOTS, `${prefix}-result-emergency-print.png`),
    fullPage: true,
  });
  await page.emulateMedia({ media: "screen" });

  await page.goto("/");
  await page.getByRole("button", { name: ui.start.restart }).click();
  await answerCheck(page, loadCase("sample-05").facts, lang);
  await shot("result-urgent");

  await page.goto("/");
  await page.getByRole("button", { name: ui.start.restart }).click();
  await answerCheck(page, loadCase("sample-11").facts, lang);
  await shot("result-self-care");

  // The result's header is compact (no navigation): the plan is one address away.
  await page.goto("/plan");
  await shot("plan");
  await page.getByRole("link", { name: ui.nav.timer, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: ui.timer.title }).waitFor();
  await shot("timer-cautions");
  await page.getByRole("checkbox", { name: ui.timer.cautionsAck }).check();
  await page.getByRole("button", { name: ui.timer.start }).click();
  await page.getByRole("timer").waitFor();
  await shot("timer-running");
  await page.getByRole("button", { name: ui.timer.stop }).click();
  await page.getByRole("heading", { name: ui.timer.restingStatus }).waitFor();
  await shot("timer-resting");
  await page.getByRole("link", { name: ui.nav.walks, exact: true }).click();
  await page.getByRole("button", { name: ui.walks.log }).click();
  await page.locator(".log-list li").first().waitFor();
  await shot("walks");
  await page.getByRole("link", { name: ui.nav.learn, exact: true }).click();
  await shot("learn");
  await page.goto("/no-such-page");
  await shot("not-found");
}

describe("accessibility on every screen", () => {
  for (const lang of ["en", "es"] as const) {
    for (const part of ["check", "rest"] as const) {
      it(`zero axe violations in ${lang} (${part}), screenshots saved`, { timeout: 240_000 }, async () => {
        const findings = await tour(lang, 1024, lang, part);
        assert.ok(findings.screens.length >= 7, `visited ${findings.screens.length} screens`);
        assert.deepEqual(findings.violations, []);
        assert.deepEqual(findings.overflow, []);
      });
    }
  }

  for (const part of ["check", "rest"] as const) {
    it(`reflows at 320 px, the width of 200% zoom on a 640 px window (${part})`, {
      timeout: 240_000,
    }, async () => {
      const findings = await tour("es", 320, "es-320", part);
      assert.deepEqual(findings.overflow, []);
      assert.deepEqual(findings.violations, []);
    });
  }
});
