import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { type Explanation, explain, type Facts, type Lang, messagesFor, runOracle } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { axeViolations, openPage } from "./support/browser.ts";
import { answerCheck, loadCase, UI } from "./support/check-driver.ts";
import { readFirst } from "./support/read-first.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();
/** Screenshots to look at; outside the repository. */
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots-plan-by-level";
mkdirSync(SHOTS, { recursive: true });
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** The case's facts with some left out: the simulated person answers "not sure" to those. */
function factsOf(id: string, unsure: readonly (keyof Facts)[] = []): Facts {
  const facts: Record<string, unknown> = { ...loadCase(id).facts };
  for (const fact of unsure) delete facts[fact];
  return facts as Facts;
}

/** The explanation the engine gives for these facts, for the country the browser's locale names. */
const explained = (facts: Facts, lang: Lang): Explanation =>
  explain(runOracle(facts).assessment, { lang, country: lang === "es" ? "ES" : "US" });

async function finishCheck(page: Page, facts: Facts, lang: Lang, words: Explanation): Promise<void> {
  await page.goto("/");
  await page.locator(".start-actions button").click();
  await answerCheck(page, facts, lang);
  await page.locator("#level-title").getByText(words.headline.title).waitFor();
}

/** The plan page shows the engine's sections, every one and in its order, and nothing else. */
async function checkPlanPage(page: Page, words: Explanation, label: string): Promise<void> {
  await page.goto("/plan");
  await page.locator("h1").getByText(words.plan.title).waitFor();
  assert.deepEqual(
    await page.locator(".plan-item h2").allTextContents(),
    words.plan.sections.map((section) => section.title),
    `${label}: the plan page has the engine's sections in order`,
  );
  for (const section of words.plan.sections)
    for (const paragraph of section.paragraphs)
      assert.ok(await page.getByText(paragraph, { exact: true }).isVisible(), `${label}: "${paragraph}"`);
  // Citations live on Learn, linked once, not repeated under every part of the plan.
  assert.equal(await page.locator("main cite").count(), 0, `${label}: no citations on the plan`);
  const sources = page.getByRole("link", { name: UI[words.lang].result.sourcesLink });
  assert.equal(await sources.getAttribute("href"), "/learn#sources");
  assert.deepEqual(await axeViolations(page), [], `${label}: axe on the plan`);
}

/** Texts the plan must never show when the engine's plan leaves walks, cold and heat, and dates out. */
function absentTexts(lang: Lang): string[] {
  const plan = messagesFor(lang).plan;
  return [plan.walking.title, plan.cold.title, plan.heat.title, plan.recheck.split("{")[0] as string];
}

async function checkPointsBack(page: Page, lang: Lang, path: "/walks" | "/timer", label: string) {
  const ui = UI[lang];
  await page.goto(path);
  await page.locator(".not-in-advice h1").waitFor();
  const text = (await page.locator("main").textContent()) ?? "";
  const tool = path === "/walks" ? "walks" : "cold";
  assert.ok(
    text.includes(ui.plan.notInAdvice[tool]),
    `${label}: ${path} says why there is nothing to do here`,
  );
  assert.equal(await page.getByRole("button", { name: ui.walks.log }).count(), 0, `${label}: no walk to log`);
  assert.equal(
    await page.getByRole("button", { name: ui.timer.start }).count(),
    0,
    `${label}: no cold round`,
  );
  assert.doesNotMatch(text, /\d+ (short walk|paseo)/, `${label}: no walking goal`);
  const back = page.getByRole("link", { name: ui.plan.backToAdvice });
  assert.equal(await back.getAttribute("href"), "/result");
  assert.deepEqual(await axeViolations(page), [], `${label}: axe on ${path}`);
}

describe("the plan fits the level on every screen", () => {
  for (const lang of ["en", "es"] as const) {
    for (const size of SIZES) {
      const tag = `${lang}-${size.width}`;
      const options = { locale: lang === "es" ? "es-ES" : "en-US", viewport: size };

      it(`emergency: only what to do now; walks and cold point back to it (${tag})`, {
        timeout: 120_000,
      }, async () => {
        const facts = factsOf("sample-01");
        const words = explained(facts, lang);
        assert.equal(words.level, "emergency");
        const { page, context } = await openPage(suite.browser, suite.app.url, options);
        await finishCheck(page, facts, lang, words);
        const now = words.plan.sections.find((section) => section.id === "now");
        assert.ok(now, "the engine's emergency plan says what to do now");
        // What to do now is on the result, unfolded, before anything else can be read.
        for (const step of now.paragraphs) {
          const shown = page.locator(".result-now").getByText(step, { exact: true });
          assert.ok(await shown.isVisible(), `step shown unfolded: ${step}`);
        }
        const counted = await readFirst(page);
        console.log(
          `words ${tag} emergency: ${counted.untilAction} until what to do, ${counted.beforeFold} before the fold`,
        );
        const text = (await page.locator("article.result").textContent()) ?? "";
        for (const absent of absentTexts(lang))
          assert.ok(!text.includes(absent), `no "${absent}" on the result`);
        assert.deepEqual(await axeViolations(page), []);
        await shot(page, `result-emergency-${tag}`);
        await checkPlanPage(page, words, `emergency ${tag}`);
        const plan = (await page.locator("main").textContent()) ?? "";
        for (const absent of absentTexts(lang))
          assert.ok(!plan.includes(absent), `no "${absent}" on the plan`);
        await checkPointsBack(page, lang, "/walks", `emergency ${tag}`);
        await checkPointsBack(page, lang, "/timer", `emergency ${tag}`);
        await context.close();
      });

      it(`urgent: a doctor today first, comfort without walks or a date; walks point back (${tag})`, {
        timeout: 120_000,
      }, async () => {
        const facts = factsOf("sample-05");
        const words = explained(facts, lang);
        assert.equal(words.level, "urgent");
        assert.equal(words.plan.sections[0]?.id, "doctorToday");
        const { page, context } = await openPage(suite.browser, suite.app.url, options);
        await finishCheck(page, facts, lang, words);
        const counted = await readFirst(page);
        console.log(
          `words ${tag} urgent: ${counted.untilAction} until what to do, ${counted.beforeFold} before the fold`,
        );
        await checkPlanPage(page, words, `urgent ${tag}`);
        const plan = (await page.locator("main").textContent()) ?? "";
        const messages = messagesFor(lang).plan;
        assert.ok(!plan.includes(messages.walking.title), "no walking goal on the plan");
        assert.ok(!plan.includes(messages.recheck.split("{")[0] as string), "no check-in date on the plan");
        assert.equal(await page.getByRole("link", { name: UI[lang].plan.openWalks }).count(), 0);
        await shot(page, `plan-urgent-${tag}`);
        await checkPointsBack(page, lang, "/walks", `urgent ${tag}`);
        await shot(page, `walks-urgent-${tag}`);
        await context.close();
      });

      it(`a warning sign answered "not sure": its how-to-tell aid, then urgent with the sign named (${tag})`, {
        timeout: 120_000,
      }, async () => {
        const facts = factsOf("sample-11", ["saddleNumbness"]);
        const words = explained(facts, lang);
        assert.equal(words.level, "urgent");
        const aid = messagesFor(lang).facts.saddleNumbness.howToTell;
        assert.ok(aid, "the sign has a how-to-tell aid");
        const { page, context } = await openPage(suite.browser, suite.app.url, options);
        await page.goto("/");
        await page.locator(".start-actions button").click();
        let seen = false;
        await answerCheck(page, facts, lang, "mouse", async () => {
          const question = page.locator("#q-saddleNumbness");
          if (seen || (await question.count()) === 0) return;
          seen = true;
          const summary = question.locator("details.how-to-tell summary");
          assert.equal(await question.getByText(aid).isVisible(), false, "the aid starts folded");
          await summary.focus();
          await page.keyboard.press("Enter");
          assert.ok(await question.getByText(aid).isVisible(), "the aid opens from the keyboard");
          await question.scrollIntoViewIfNeeded();
          assert.deepEqual(await axeViolations(page), [], "axe with the aid open");
          await shot(page, `question-how-to-tell-${tag}`);
        });
        assert.ok(seen, "the saddle numbness question was asked");
        await page.locator("#level-title").getByText(words.headline.title).waitFor();
        const unsure = words.unsure[0];
        assert.ok(unsure);
        const reasons = (await page.locator(".key-reasons").textContent()) ?? "";
        assert.ok(reasons.includes(unsure.title), "the unsure sign is named as a reason");
        assert.ok(reasons.includes(unsure.ifYes), "with what to do if it becomes a yes");
        assert.ok(!words.noReasons, "never 'no warning signs came up' while a sign is unsure");
        assert.deepEqual(await axeViolations(page), []);
        await shot(page, `result-unsure-${tag}`);
        await context.close();
      });
    }
  }
});
