import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Lang, messagesFor } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { axeViolations, openPage } from "./support/browser.ts";
import { answerCheck, loadCase, UI } from "./support/check-driver.ts";
import { waitForStored } from "./support/stored.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();

const heading = (page: Page, title: string) =>
  page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();

const checked = (page: Page, fact: string, label: string) =>
  page.locator(`#q-${fact}`).getByRole("radio", { name: label, exact: true }).isChecked();

/** Sends the first two screens: no warning signs, then pain below the knee. */
async function firstTwoScreens(page: Page, lang: Lang): Promise<void> {
  const messages = messagesFor(lang);
  await page.goto("/");
  await page.locator(".start-actions button").click();
  await heading(page, messages.screens.emergency_signs.title);
  await page.getByRole("button", { name: messages.answers.noneOfThese }).click();
  await page.getByRole("button", { name: UI[lang].check.continue }).click();
  await heading(page, messages.screens.legs.title);
}

describe("browser history in the check", () => {
  for (const lang of ["en", "es"] as const) {
    it(`Back and Forward move between questions with their answers (${lang})`, {
      timeout: 60_000,
    }, async () => {
      const messages = messagesFor(lang);
      const { page, context } = await openPage(suite.browser, suite.app.url, {
        locale: lang === "es" ? "es-ES" : "en-US",
        viewport: { width: 390, height: 844 },
      });
      await firstTwoScreens(page, lang);
      const below = messages.facts.legPain.options.below_knee;
      await page.locator("#q-legPain").getByRole("radio", { name: below }).check();

      // The browser's Back (the phone's gesture, Alt+Left: the same history step) goes to the previous
      // question, not to the start page.
      await page.goBack();
      await heading(page, messages.screens.emergency_signs.title);
      assert.ok(await checked(page, "bladderChange", messages.answers.no), "the answers given come back");
      // Forward returns to the next question, with the answer not yet sent.
      await page.goForward();
      await heading(page, messages.screens.legs.title);
      assert.ok(await checked(page, "legPain", below));

      // A reload resumes where the person was; Back still works after it.
      await waitForStored(page, "check", ["draft", "answers", "legPain"], "below_knee");
      await page.reload();
      await heading(page, messages.screens.legs.title);
      assert.ok(await checked(page, "legPain", below));
      await page.goBack();
      await heading(page, messages.screens.emergency_signs.title);
      // The check's own Back button goes the same way, and Back from the first question leaves the check.
      await page.goForward();
      await heading(page, messages.screens.legs.title);
      await page.getByRole("button", { name: UI[lang].check.back, exact: true }).click();
      await heading(page, messages.screens.emergency_signs.title);
      await page.goBack();
      await page.getByRole("heading", { level: 1, name: UI[lang].start.title }).waitFor();
      assert.equal(new URL(page.url()).pathname, "/");
      await context.close();
    });
  }

  it("the result offers to change one answer, and Back returns to the result", {
    timeout: 60_000,
  }, async () => {
    const messages = messagesFor("en");
    const sample = loadCase("sample-09");
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    await page.locator(".start-actions button").click();
    await answerCheck(page, sample.facts, "en");
    await page.locator("article.result").waitFor();
    const title = await page.locator("#level-title").textContent();
    await page.locator("article.result details summary").first().click();
    const change = page.getByRole("button", {
      name: `${UI.en.result.changeAnswer}: ${messages.facts.legNumbness.short}`,
    });
    assert.deepEqual(await axeViolations(page), []);
    await change.click();
    await page.locator("#q-legNumbness").waitFor();
    assert.ok(await checked(page, "legNumbness", messages.answers.yes), "the answer to change is shown");
    // Back: the result as it was, nothing lost.
    await page.goBack();
    await page.locator("article.result").waitFor();
    assert.equal(await page.locator("#level-title").textContent(), title);
    // Forward again, change the answer and carry on: the check goes on from there.
    await page.goForward();
    await page
      .locator("#q-legNumbness")
      .getByRole("radio", { name: messages.answers.no, exact: true })
      .check();
    await page.getByRole("button", { name: UI.en.check.continue }).click();
    await page.waitForSelector("form.check, article.result");
    await context.close();
  });
});

describe("the check's warning-sign list", () => {
  it("puts “None of these” after the list it answers", { timeout: 60_000 }, async () => {
    const messages = messagesFor("en");
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    await page.locator(".start-actions button").click();
    await heading(page, messages.screens.emergency_signs.title);
    const order = await page
      .locator("form.check")
      .evaluate((form) =>
        [...form.querySelectorAll("fieldset.question, .none-of-these")].map((node) => node.className),
      );
    assert.ok(order.length > 2);
    assert.equal(order.at(-1), "none-of-these", "after every question");
    await context.close();
  });
});
