import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assess, explain, type Facts, type Lang, localDate, messagesFor } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { NEGATIVE_FACTS } from "../packages/engine/src/testing/negative-facts.ts";
import { chipsOf } from "../packages/web/src/describe/describe-model.ts";
import { readWords } from "../packages/web/src/describe/read-words.ts";
import { eachLanguage } from "../packages/web/src/i18n/every-language.test-support.ts";
import { openPage } from "./support/browser.ts";
import { answerCheck } from "./support/check-driver.ts";
import { inspectScreen, type ScreenFindings } from "./support/inspect.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();
const D = eachLanguage((words) => words.describe);

/** Types the words and waits until the box shows the chips the engine reads from them. */
async function describeIn(page: Page, words: string, lang: Lang): Promise<void> {
  await page.getByLabel(D[lang].label).fill(words);
  const expected = chipsOf(readWords(words, lang, localDate(new Date())), lang).map((chip) => chip.fact);
  await page.waitForFunction(
    (facts) =>
      [...document.querySelectorAll<HTMLElement>(".chips.kept button")]
        .map((node) => node.dataset.fact)
        .join() === facts.join(),
    expected,
  );
}

const radio = (page: Page, fact: string, name: string) =>
  page.locator(`#q-${fact}`).getByRole("radio", { name, exact: true });

interface Person {
  readonly lang: Lang;
  readonly locale: string;
  readonly viewport: { width: number; height: number };
  readonly words: string;
  /** What is really true: the words got one answer wrong, and the person changes it. */
  readonly truth: Facts;
  readonly misread: "fever" | "bladderChange";
}

const PEOPLE: readonly Person[] = [
  {
    lang: "en",
    locale: "en-US",
    viewport: { width: 390, height: 844 },
    words: "Lower back spasm since 3 days ago after lifting a box. I'm 45. No fever, no leg pain.",
    truth: { ...NEGATIVE_FACTS, age: 45, onsetDaysAgo: 3, fever: true },
    misread: "fever",
  },
  {
    lang: "es",
    locale: "es-ES",
    viewport: { width: 1280, height: 800 },
    words:
      "Me duele la espalda baja desde hace 3 días, levantando una caja. Tengo 45 años. No tengo fiebre, ni dolor en las piernas.",
    truth: { ...NEGATIVE_FACTS, age: 45, onsetDaysAgo: 3, fever: true },
    misread: "fever",
  },
];

describe("own words are pre-filled answers to confirm, never taken as given", () => {
  for (const person of PEOPLE) {
    it(`${person.lang}: the words' answers are pre-filled, the person corrects one, the advice follows`, {
      timeout: 90_000,
    }, async () => {
      const { lang } = person;
      const messages = messagesFor(lang);
      const { page, context, foreign, errors } = await openPage(suite.browser, suite.app.url, {
        locale: person.locale,
        viewport: person.viewport,
      });
      const findings: ScreenFindings = { violations: [], overflow: [] };
      await page.goto("/");
      await page.getByRole("heading", { name: D[lang].title }).waitFor();
      await describeIn(page, person.words, lang);
      await page.getByText(D[lang].continueHint).waitFor();
      await page.getByRole("button", { name: D[lang].continue, exact: true }).click();
      await page
        .getByRole("heading", { level: 1, name: messages.screens.follow_up_emergency.title })
        .waitFor();

      // Every answer the words gave is shown chosen, with the words quoted, on the screen that asks it:
      // the "no" answers and the number too.
      assert.equal(await radio(page, person.misread, messages.answers.no).isChecked(), true);
      assert.ok((await page.locator(`#q-${person.misread} .from-text`).textContent())?.trim());
      // A denial is quoted as one: "fever" alone would read like a yes.
      const denied = D[lang].fromTextDenied.match(/\(([^)]*)\)/)?.[1] ?? "?";
      assert.ok((await page.locator("#q-fever .from-text").textContent())?.includes(denied));
      assert.equal(await page.locator("#q-age").getByRole("textbox").inputValue(), "45");
      assert.ok((await page.locator("#q-age .from-text").textContent())?.includes("45"));
      // What the words did not mention is not chosen for the person.
      assert.equal(await radio(page, "saddleNumbness", messages.answers.no).isChecked(), false);
      assert.equal(await radio(page, "saddleNumbness", messages.answers.yes).isChecked(), false);
      await page.locator(".told-us").getByText(D[lang].toConfirm).first().waitFor();
      await inspectScreen(page, `describe-confirm-${lang}-${person.viewport.width}`, findings);

      // The person changes what the words got wrong (and answers the rest truthfully).
      const screens = await answerCheck(page, person.truth, lang);
      assert.ok(screens <= 3, `${screens} screens after the description`);
      const level = assess(person.truth).level;
      assert.ok(level === "urgent" || level === "emergency", `the true level is ${level}`);
      const words = explain(assess(person.truth), { lang });
      await page.locator("#level-title").getByText(words.headline.title).waitFor();
      await inspectScreen(page, `describe-confirm-${lang}-result`, findings);
      assert.deepEqual(findings, { violations: [], overflow: [] });
      assert.deepEqual(foreign, [], "no third-party requests");
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it("an emergency sign in the words brings its advice forward on the check itself", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url, { locale: "es-ES" });
    await page.goto("/");
    await describeIn(page, "Me duele la espalda baja y no puedo orinar desde esta mañana.", "es");
    await page.getByRole("button", { name: D.es.continue, exact: true }).click();
    const banner = page.locator("form.check .describe-banner[role=alert]");
    await banner.getByText(D.es.bannerEmergency).waitFor();
    await banner.getByText(D.es.bannerConfirmHere).waitFor();
    assert.equal(await radio(page, "bladderChange", messagesFor("es").answers.yes).isChecked(), true);
    // The person answers "No": the advice the words brought forward goes, and the check goes on.
    const seen: boolean[] = [];
    await answerCheck(page, { ...NEGATIVE_FACTS, bladderChange: false }, "es", "mouse", async () => {
      seen.push((await page.locator("form.check .describe-banner").count()) > 0);
    });
    assert.deepEqual(seen.slice(0, 2), [true, false]);
    await page
      .locator("#level-title")
      .getByText(explain(assess(NEGATIVE_FACTS), { lang: "es" }).headline.title)
      .waitFor();
    await context.close();
  });
});
