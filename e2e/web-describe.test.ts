import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { explain, type Facts, type Lang, localDate, messagesFor, runOracle } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { chipsOf, previewOf } from "../packages/web/src/describe/describe-model.ts";
import { segmentsOf } from "../packages/web/src/describe/highlight.ts";
import { readWords } from "../packages/web/src/describe/read-words.ts";
import { eachLanguage } from "../packages/web/src/i18n/every-language.test-support.ts";
import { ROOT } from "./support/app-server.ts";
import { axeViolations, openPage } from "./support/browser.ts";
import { answerCheck, focusIsVisible, loadCase, UI } from "./support/check-driver.ts";
import { waitForStored } from "./support/stored.ts";
import { startSuite } from "./support/suite.ts";

const SHOTS = join(ROOT, "e2e/screenshots");
const D = eachLanguage((words) => words.describe);
const SADDLE =
  "My lower back locked up yesterday lifting a box. Since this morning I can't feel anything down there.";
const SPANISH =
  "Hombre de 45 años. Tuve un linfoma hace 8 años y estoy en remisión. Hace 2 días moví un armario pesado y se me bloqueó la espalda baja. El dolor se queda en la espalda, 5/10.";

const suite = startSuite();

/** The suite.browser's local date, which the app gives `understand` as today. */
const today = () => localDate(new Date());

const keptChips = (page: Page) =>
  page
    .locator(".chips.kept button")
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.fact));

/** Waits until the box shows the chips the engine reads from the words (reading waits for a pause in typing). */
async function chipsShown(page: Page, words: string, lang: Lang): Promise<void> {
  const expected = chipsOf(readWords(words, lang, today()), lang).map((chip) => chip.fact);
  await page.waitForFunction(
    (facts) =>
      [...document.querySelectorAll<HTMLElement>(".chips.kept button")]
        .map((node) => node.dataset.fact)
        .join() === facts.join(),
    expected,
  );
}

/** Types the words in the box and waits until the chips for them are shown. */
async function describeIn(page: Page, words: string, lang: Lang): Promise<void> {
  await page.getByLabel(D[lang].label).fill(words);
  await chipsShown(page, words, lang);
}

/** The chips and marks must be the engine's reading of the words, in the engine's words. */
async function expectReading(page: Page, words: string, lang: Lang): Promise<Facts> {
  const understood = readWords(words, lang, today());
  const chips = chipsOf(understood, lang);
  assert.deepEqual(
    await keptChips(page),
    chips.map((chip) => chip.fact),
    "one chip per fact read",
  );
  const texts = await page.locator(".chips.kept button").allTextContents();
  chips.forEach((chip, index) => {
    assert.ok(texts[index]?.includes(`${chip.label}: ${chip.value}`), `chip ${chip.item}: ${texts[index]}`);
  });
  const marks = segmentsOf(words, understood.evidence).filter((segment) => segment.facts.length > 0);
  assert.deepEqual(
    await page.locator(".marked-words mark").allTextContents(),
    marks.map((segment) => segment.text),
    "the words each fact came from are marked",
  );
  return understood.facts;
}

/** The result page shows the level the engine gives the same person. */
async function expectLevel(page: Page, truth: Facts, lang: Lang): Promise<void> {
  const words = explain(runOracle(truth).assessment, { lang });
  await page.locator("#level-title").getByText(words.headline.title).waitFor();
}

describe("Tell us in your own words", () => {
  it("English: chips and marks, then fewer screens to the same level", { timeout: 60_000 }, async () => {
    const sample = loadCase("sample-09");
    const words = sample.description as string;
    const { page, context, foreign, errors } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    await describeIn(page, words, "en");
    const read = await expectReading(page, words, "en");
    assert.ok(Object.keys(read).length >= 4, "the description says a lot");
    // Read in the worker: the page itself never loads the reader (its fallback when workers fail).
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
    );
    assert.ok(
      scripts.some((path) => /\/reader\.worker-[\w-]+\.js$/.test(path)),
      `the reader's worker: ${scripts.join(" ")}`,
    );
    assert.ok(!scripts.some((path) => path.includes("/read-words-")), "no reader on the page");
    await page.screenshot({ path: join(SHOTS, "describe-en-chips.png"), fullPage: true });
    await page.getByRole("button", { name: D.en.continue, exact: true }).click();
    await page.locator(".told-us").waitFor();
    await page.screenshot({ path: join(SHOTS, "describe-en-check.png"), fullPage: true });
    const screens = await answerCheck(page, sample.facts, "en");
    const without = runOracle(sample.facts).asked.length;
    assert.ok(screens < without, `screens with the description: ${screens}, without: ${without}`);
    await expectLevel(page, sample.facts, "en");
    assert.equal(sample.expected?.level, runOracle(sample.facts).assessment.level);
    assert.deepEqual(foreign, [], "no third-party requests");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("Spanish: read in Spanish, same-day advice at once, the check in Spanish", {
    timeout: 60_000,
  }, async () => {
    const { page, context, errors } = await openPage(suite.browser, suite.app.url, { locale: "es-ES" });
    await page.goto("/");
    await page.getByRole("heading", { name: D.es.title }).waitFor();
    await describeIn(page, SPANISH, "es");
    const read = await expectReading(page, SPANISH, "es");
    const understood = readWords(SPANISH, "es", today());
    assert.equal(understood.lang, "es");
    const preview = previewOf({}, understood, { lang: "es", country: "ES" });
    assert.equal(preview?.level, "urgent");
    const banner = page.locator(".describe-banner");
    await banner.getByText(D.es.bannerUrgent).waitFor();
    assert.ok((await banner.textContent())?.includes(preview?.action ?? "?"));
    await page.screenshot({ path: join(SHOTS, "describe-es-chips.png"), fullPage: true });
    await page.getByRole("button", { name: D.es.continue, exact: true }).click();
    await page.locator(".told-us").getByText(D.es.toldTitle).waitFor();
    // The sign from the words is pre-filled as "Sí" on the screen that asks it, with the words quoted.
    const truth = { ...loadCase("sample-05").facts, ...read };
    let prefilled = false;
    const screens = await answerCheck(page, truth, "es", "mouse", async () => {
      const sign = page.locator("#q-cancerHistory");
      if ((await sign.count()) === 0) return;
      assert.equal(await sign.getByRole("radio", { name: messagesFor("es").answers.yes }).isChecked(), true);
      assert.ok((await sign.locator(".from-text").textContent())?.includes("linfoma"));
      await page.screenshot({ path: join(SHOTS, "describe-es-confirm.png"), fullPage: true });
      prefilled = true;
    });
    assert.ok(prefilled, "the sign was asked, pre-filled");
    assert.ok(screens < runOracle(truth).asked.length, `${screens} screens`);
    await expectLevel(page, truth, "es");
    assert.equal(runOracle(truth).assessment.level, "urgent");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("an emergency sign: the banner at once, then Yes pre-filled to confirm", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    await describeIn(page, SADDLE, "en");
    const banner = page.locator(".describe-banner[role=alert]");
    await banner.getByText(D.en.bannerEmergency).waitFor();
    assert.equal(await banner.getByRole("link", { name: "Call 911" }).getAttribute("href"), "tel:911");
    await page.screenshot({ path: join(SHOTS, "describe-en-emergency.png"), fullPage: true });
    await page.getByRole("button", { name: D.en.continue, exact: true }).click();
    await page.locator(".told-us").waitFor();
    const en = messagesFor("en");
    await page.getByRole("heading", { level: 1, name: en.screens.follow_up_emergency.title }).waitFor();
    const sign = page.locator("#q-saddleNumbness");
    assert.equal(await sign.getByRole("radio", { name: en.answers.yes }).isChecked(), true);
    assert.ok((await sign.locator(".from-text").textContent())?.includes("can't feel anything down there"));
    await page.screenshot({ path: join(SHOTS, "describe-en-emergency-confirm.png"), fullPage: true });
    // One explicit confirmation: Continue with the pre-filled Yes settles it, the other questions can wait.
    await page.getByRole("button", { name: UI.en.check.continue, exact: true }).click();
    await page.waitForURL("**/result");
    await expectLevel(page, { saddleNumbness: true }, "en");
    await context.close();
  });

  it("zero axe violations on the box, chips and check, in English and Spanish", {
    // The follow-up check shows every question that could change the level: axe has more to read.
    timeout: 120_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url, {
      viewport: { width: 320, height: 800 },
    });
    await page.goto("/");
    const findings: string[] = [];
    const inspect = async (name: string) => {
      await page.waitForFunction(() => !document.querySelector("[aria-busy='true']"));
      for (const violation of await axeViolations(page)) findings.push(`${name}: ${violation}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (wide) findings.push(`${name}: scrolls sideways at 320 px`);
      await page.screenshot({ path: join(SHOTS, `describe-${name}.png`), fullPage: true });
    };
    await inspect("en-320-empty");
    await describeIn(page, `${SADDLE} No fever. Not sure if I lost weight.`, "en");
    await page.locator(".chips.kept button[data-fact=fever]").click();
    await page.locator(".chips.removed button").waitFor();
    await inspect("en-320-chips");
    await page.locator(".lang-button[lang=es]").click();
    await page.getByRole("heading", { name: D.es.title }).waitFor();
    await page
      .locator(".chips.removed button")
      .getByText(D.es.putBack.split(":")[0] as string)
      .waitFor();
    await inspect("es-320-chips");
    await page.getByRole("button", { name: D.es.continue, exact: true }).click();
    await page.locator(".told-us").waitFor();
    await inspect("es-320-check");
    await page.locator(".lang-button[lang=en]").click();
    await page.locator(".told-us").getByText(D.en.toldTitle).waitFor();
    await inspect("en-320-check");
    assert.deepEqual(findings, []);
    await context.close();
  });

  it("keyboard only: write, remove a chip, continue and finish", { timeout: 60_000 }, async () => {
    const sample = loadCase("sample-11");
    const words = sample.description as string;
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    for (let presses = 0; presses < 30; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "describe-text")) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), "describe-text");
    assert.ok(await focusIsVisible(page), "the box shows focus");
    await page.keyboard.type(words);
    await chipsShown(page, words, "en");
    const before = await keptChips(page);
    // Tab to the first chip and remove it with Enter; focus moves to the chip that took its place.
    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.closest(".chips.kept") !== null)) break;
    }
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.fact), before[0]);
    assert.ok(await focusIsVisible(page), "a chip shows focus");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (gone) => !document.querySelector(`.chips.kept [data-fact="${gone}"]`),
      before[0],
    );
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.fact), before[1]);
    await page.screenshot({ path: join(SHOTS, "describe-en-keyboard.png"), fullPage: true });
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((name) => document.activeElement?.textContent === name, D.en.continue)) break;
    }
    assert.ok(await focusIsVisible(page), "Continue shows focus");
    await page.keyboard.press("Enter");
    await page.locator(".told-us").waitFor();
    // The removed fact was not taken: the check does not list it as used.
    const removedLabel = messagesFor("en").facts[before[0] as keyof Facts].short;
    const used = await page.locator(".told-us li").allTextContents();
    assert.ok(!used.some((line) => line.startsWith(`${removedLabel}:`)), used.join(" | "));
    await answerCheck(page, sample.facts, "en", "keyboard");
    await expectLevel(page, sample.facts, "en");
    await context.close();
  });

  it("survives a reload, and Edit goes back to the words keeping the answers", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    const words = "Back spasm since yesterday after lifting, 6/10.";
    await describeIn(page, words, "en");
    await waitForStored(page, "describe", ["text"], words);
    await page.reload();
    await chipsShown(page, words, "en");
    assert.equal(await page.getByLabel(D.en.label).inputValue(), words);
    await page.getByRole("button", { name: D.en.continue, exact: true }).click();
    await page.locator("#q-saddleNumbness").getByLabel("No", { exact: true }).check();
    await waitForStored(page, "check", ["draft", "answers", "saddleNumbness"], false);
    await page.reload();
    await page.locator(".told-us").waitFor();
    assert.equal(await page.locator("#q-saddleNumbness").getByLabel("No", { exact: true }).isChecked(), true);
    // Answer the first screen ("not sure" but for the sign), then go back to the words and add to them.
    const notSure = messagesFor("en").answers.dontKnow;
    const first = await page
      .locator("fieldset.question")
      .evaluateAll((nodes) => nodes.map((node) => node.id));
    for (const id of first.filter((id) => id !== "q-saddleNumbness")) {
      await page.locator(`#${id}`).getByLabel(notSure, { exact: true }).check();
    }
    await page.getByRole("button", { name: UI.en.check.continue, exact: true }).click();
    await waitForStored(page, "check", ["state", "steps", "0", "answers", "saddleNumbness"], false);
    await page.getByRole("button", { name: D.en.edit }).click();
    await page.waitForFunction(() => document.activeElement?.id === "describe-text");
    await page.keyboard.type(" I'm 34.");
    await chipsShown(page, `${words} I'm 34.`, "en");
    await page.getByRole("button", { name: D.en.continue, exact: true }).click();
    // A fresh follow-up check: the words' new fact and the earlier answer both start it.
    await waitForStored(page, "check", ["state", "suggested", "age"], 34);
    await waitForStored(page, "check", ["state", "initial", "saddleNumbness"], false);
    await page.locator(".told-us").getByText("I'm 34").waitFor();
    await context.close();
  });
});
