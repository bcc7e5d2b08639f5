import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Case, explain, type Lang, messagesFor, runOracle } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { openPage } from "./support/browser.ts";
import { answerCheck, loadCase, UI } from "./support/check-driver.ts";
import { waitForStored } from "./support/stored.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();

/** What the page must show for a case: the engine's own run of the same interview, in the engine's words. */
async function expectResult(page: Page, sample: Case, lang: Lang): Promise<void> {
  const expected = runOracle(sample.facts).assessment;
  assert.equal(expected.level, sample.expected?.level, "the engine agrees with the case");
  const words = explain(expected, { lang });
  await page.locator("#level-title").getByText(words.headline.title).waitFor();
  const reasons = await page.locator(".reason h3").allTextContents();
  assert.deepEqual(
    reasons,
    words.reasons.map((reason) => reason.title),
    "every fired rule, and no other",
  );
  // Each answer as shown, without the "change this answer" button beside it.
  const evidence = await page.locator(".evidence div").evaluateAll((rows) =>
    rows.map((row) => {
      const copy = row.cloneNode(true) as HTMLElement;
      for (const button of copy.querySelectorAll("button")) button.remove();
      return (copy.textContent ?? "").trim();
    }),
  );
  const shown = words.reasons.flatMap((reason) =>
    reason.facts.map((fact) => `${fact.label}${messagesFor(lang).yourAnswer}: ${fact.answer}`),
  );
  assert.deepEqual(evidence, shown, "the person's own answers behind each reason");
  for (const fact of sample.expected?.reasonFindings ?? []) {
    assert.ok(
      words.reasons.some((reason) => reason.facts.some((item) => item.fact === fact)),
      `evidence ${fact}`,
    );
  }
  // Citations live once, on Learn; the result links there instead of repeating them.
  assert.equal(await page.locator("article.result cite").count(), 0);
  assert.equal(await page.locator('article.result a[href="/learn#sources"]').count(), 1);
}

describe("the check, one case per level", () => {
  const samples: [string, string][] = [
    ["sample-01", "emergency"],
    ["sample-05", "urgent"],
    ["sample-09", "soon"],
    ["sample-11", "self_care"],
  ];
  for (const [id, level] of samples) {
    it(`${id} ends at ${level} with its reasons`, { timeout: 60_000 }, async () => {
      const sample = loadCase(id);
      const { page, context, foreign, errors } = await openPage(suite.browser, suite.app.url);
      await page.goto("/");
      await page.getByRole("button", { name: UI.en.start.begin }).click();
      await answerCheck(page, sample.facts, "en");
      await expectResult(page, sample, "en");
      const messages = messagesFor("en");
      if (level === "emergency") {
        const call = page.locator(".level").getByRole("link", { name: "Call 911" });
        assert.equal(await call.getAttribute("href"), "tel:911");
        await page.locator(".level").getByText(messages.levels.emergency.detail).waitFor();
        // The country picker changes the number in the alert and in the header.
        await page.locator(".level").getByLabel(UI.en.country.label).selectOption("GB");
        assert.equal(await page.locator(".level .call-button").getAttribute("href"), "tel:999");
        assert.equal(await page.locator(".site-header .emergency-link").getAttribute("href"), "tel:999");
      } else {
        assert.equal(await page.locator(".level .call-button").count(), 0);
      }
      assert.deepEqual(foreign, [], "no third-party requests");
      assert.deepEqual(errors, [], "no console errors or CSP violations");
      await context.close();
    });
  }
});

describe("changing answers and reloading", () => {
  it("Back returns to the last screen with its answers, and a changed answer changes the result", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    const messages = messagesFor("en");
    await page.goto("/");
    await page.getByRole("button", { name: UI.en.start.begin }).click();
    await page.getByRole("heading", { level: 1, name: messages.screens.emergency_signs.title }).waitFor();
    await page.getByRole("button", { name: messages.answers.noneOfThese }).click();
    await page.getByRole("button", { name: UI.en.check.continue }).click();
    await page.getByRole("heading", { level: 1, name: messages.screens.legs.title }).waitFor();
    await page.getByRole("button", { name: UI.en.check.back }).click();
    await page.getByRole("heading", { level: 1, name: messages.screens.emergency_signs.title }).waitFor();
    const bladder = page.locator("#q-bladderChange");
    assert.ok(await bladder.getByRole("radio", { name: messages.answers.no, exact: true }).isChecked());
    await bladder.getByRole("radio", { name: messages.answers.yes, exact: true }).check();
    await page.getByRole("button", { name: UI.en.check.continue }).click();
    await page.locator("#level-title").getByText(messages.levels.emergency.title).waitFor();
    // From the result, change the answer back: the check carries on instead of ending.
    await page.getByRole("button", { name: UI.en.result.changeAnswers }).click();
    await page
      .locator("#q-bladderChange")
      .getByRole("radio", { name: messages.answers.no, exact: true })
      .check();
    await page.getByRole("button", { name: UI.en.check.continue }).click();
    await page.getByRole("heading", { level: 1, name: messages.screens.legs.title }).waitFor();
    await context.close();
  });

  it("a reload mid-check resumes the same step with the answers given so far", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    const messages = messagesFor("en");
    await page.goto("/");
    await page.getByRole("button", { name: UI.en.start.begin }).click();
    await page.getByRole("button", { name: messages.answers.noneOfThese }).click();
    await page.getByRole("button", { name: UI.en.check.continue }).click();
    await page.getByRole("heading", { level: 1, name: messages.screens.legs.title }).waitFor();
    await page
      .locator("#q-legPain")
      .getByRole("radio", { name: messages.facts.legPain.options.below_knee })
      .check();
    // Each answer is written to IndexedDB as it is given; wait for that write, as a person's reload would.
    await waitForStored(page, "check", ["draft", "answers", "legPain"], "below_knee");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: messages.screens.legs.title }).waitFor();
    assert.ok(
      await page
        .locator("#q-legPain")
        .getByRole("radio", { name: messages.facts.legPain.options.below_knee })
        .isChecked(),
    );
    await page.goto("/");
    await page.getByRole("link", { name: UI.en.start.resume }).waitFor();
    await context.close();
  });

  it("refuses to go on while a question is unanswered, and says which", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    const messages = messagesFor("en");
    await page.goto("/check");
    await page.getByRole("button", { name: UI.en.start.begin }).click();
    await page.getByRole("button", { name: UI.en.check.continue }).click();
    const summary = page.getByRole("alert");
    await summary.getByText(UI.en.check.errorTitle).waitFor();
    assert.ok((await summary.getByRole("link").count()) >= 5);
    assert.equal(
      await page.getByRole("heading", { level: 1 }).textContent(),
      messages.screens.emergency_signs.title,
    );
    await context.close();
  });
});

describe("Spanish and keyboard", () => {
  it("runs the whole check in Spanish from a Spanish suite.browser", { timeout: 60_000 }, async () => {
    const sample = loadCase("sample-09");
    const { page, context, foreign } = await openPage(suite.browser, suite.app.url, { locale: "es-ES" });
    await page.goto("/");
    await page.getByRole("button", { name: UI.es.start.begin }).click();
    assert.equal(await page.getAttribute("html", "lang"), "es");
    await answerCheck(page, sample.facts, "es");
    await expectResult(page, sample, "es");
    assert.equal(await page.locator(".site-header .emergency-link").getAttribute("href"), "tel:112");
    // The switch changes the language at once and is remembered.
    // The English words are fetched on first use, so the page changes when they arrive, without a reload.
    await page.getByRole("button", { name: /EN/ }).click();
    await page.getByRole("heading", { level: 1, name: UI.en.result.title }).waitFor();
    await page.locator('html[lang="en"]').waitFor({ state: "attached" });
    await waitForStored(page, "lang", [], "en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: UI.en.result.title }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.deepEqual(foreign, []);
    await context.close();
  });

  it("completes the check with the keyboard alone, with visible focus", { timeout: 60_000 }, async () => {
    const sample = loadCase("sample-11");
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    for (let presses = 0; presses < 30; presses++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === UI.en.start.begin) break;
    }
    await page.keyboard.press("Enter");
    await page
      .getByRole("heading", { level: 1, name: messagesFor("en").screens.emergency_signs.title })
      .waitFor();
    await answerCheck(page, sample.facts, "en", "keyboard");
    await expectResult(page, sample, "en");
    await context.close();
  });
});
