import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { explain, type Level, messagesFor, runOracle } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { axeViolations, openPage } from "./support/browser.ts";
import { answerCheck, loadCase, UI } from "./support/check-driver.ts";
import { readFirst } from "./support/read-first.ts";
import { waitForKept } from "./support/stored.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();
/** Screenshots to look at; outside the repository. */
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots-results-web";
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
const LEVELS: readonly [string, Level][] = [
  ["sample-01", "emergency"],
  ["sample-05", "urgent"],
  ["sample-09", "soon"],
  ["sample-11", "self_care"],
];
/** A self-care result shows at most this many words before its first folded section. */
const SELF_CARE_WORDS = 250;

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

/** True when the element's box lies inside the viewport without scrolling. */
async function aboveFold(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}

describe("first screen and the check's chrome", () => {
  for (const lang of ["en", "es"] as const) {
    for (const size of SIZES) {
      it(`"Start the check" shows without scrolling, the header stays small in the check (${lang}, ${size.width}x${size.height})`, {
        timeout: 60_000,
      }, async () => {
        const ui = UI[lang];
        const { page, context } = await openPage(suite.browser, suite.app.url, {
          locale: lang === "es" ? "es-ES" : "en-US",
          viewport: size,
        });
        await page.goto("/");
        const begin = page.getByRole("button", { name: ui.start.begin });
        await begin.waitFor();
        assert.ok(
          await aboveFold(page, `button:text-is("${ui.start.begin}")`),
          "start button above the fold",
        );
        assert.deepEqual(await axeViolations(page), []);
        await shot(page, `start-${lang}-${size.width}`);
        await begin.click();
        await page.locator("form.check h1").waitFor();
        const header = await page.locator(".site-header").boundingBox();
        assert.ok(header && header.height <= 72, `compact header: ${header?.height} px`);
        assert.ok(
          await page.locator(".site-header .emergency-link").isVisible(),
          "emergency number in the check",
        );
        assert.ok(await aboveFold(page, "form.check h1"), "question heading above the fold");
        assert.deepEqual(await axeViolations(page), []);
        await shot(page, `check-${lang}-${size.width}`);
        await context.close();
      });
    }
  }
});

describe("a result read in 30 seconds", () => {
  for (const lang of ["en", "es"] as const) {
    for (const size of SIZES) {
      it(`level, what to do, key reasons and the safety net first; the rest folded (${lang}, ${size.width})`, {
        timeout: 120_000,
      }, async () => {
        const ui = UI[lang];
        const messages = messagesFor(lang);
        const { page, context } = await openPage(suite.browser, suite.app.url, {
          locale: lang === "es" ? "es-ES" : "en-US",
          viewport: size,
        });
        for (const [id, level] of LEVELS) {
          const sample = loadCase(id);
          const words = explain(runOracle(sample.facts).assessment, { lang });
          await page.goto("/");
          await page.locator(".start-actions button").click();
          await answerCheck(page, sample.facts, lang);
          await page.locator("#level-title").getByText(words.headline.title).waitFor();
          const counted = await readFirst(page);
          console.log(
            `words ${lang} ${size.width} ${level}: ${counted.untilAction} until what to do, ${counted.beforeFold} before the fold`,
          );
          if (level === "self_care") {
            assert.ok(counted.beforeFold <= SELF_CARE_WORDS, `${counted.beforeFold} words before the fold`);
            await page.getByRole("link", { name: ui.result.startDiary }).waitFor();
          }
          // The level and what to do now are on the first screen.
          assert.ok(await aboveFold(page, ".level-action"), `${level}: what to do is on the first screen`);
          // The key reasons, in plain words, before any fold; no rule ids and no citations anywhere.
          const key = await page.locator(".key-reasons li").allTextContents();
          assert.deepEqual(
            key,
            words.reasons.slice(0, 3).map((reason) => reason.title),
          );
          const text = (await page.locator("article.result").textContent()) ?? "";
          assert.doesNotMatch(text, /\b(Rule|Regla) [A-Z]+\d*\b/, "no rule ids");
          assert.equal(await page.locator("article.result cite").count(), 0, "no citations on the result");
          const sources = page.getByRole("link", { name: ui.result.sourcesLink });
          assert.equal(await sources.getAttribute("href"), "/learn#sources");
          // Folded, closed, reachable by keyboard.
          const folds = page.locator("article.result details");
          assert.ok((await folds.count()) >= 1);
          for (const open of await folds.evaluateAll((nodes) =>
            nodes.map((node) => node.hasAttribute("open")),
          ))
            assert.equal(open, false);
          if (level !== "emergency") {
            const net = page.locator(".safety-net");
            await net.waitFor();
            const watch = words.plan.sections.find((section) => section.id === "watchFor");
            const lists = (watch?.lists ?? []).filter(
              (list) => list.level === "emergency" || list.level === "urgent",
            );
            assert.deepEqual(
              await net.locator(".watch-title").allTextContents(),
              lists.map((list) => list.heading),
            );
          }
          assert.deepEqual(await axeViolations(page), [], `${level}: axe`);
          await shot(page, `result-${level}-${lang}-${size.width}`);
          await shot(page, `result-${level}-${lang}-${size.width}-full`, true);
          // Opening the folds by keyboard shows every reason with its answers.
          await page.locator("article.result details summary").first().focus();
          await page.keyboard.press("Enter");
          assert.equal(await page.locator("article.result details").first().getAttribute("open"), "");
          assert.deepEqual(
            await page.locator(".reason h3").allTextContents(),
            words.reasons.map((reason) => reason.title),
          );
          assert.ok(messages.levels[level].title.length > 0);
          assert.deepEqual(await axeViolations(page), [], `${level}: axe with the fold open`);
        }
        await context.close();
      });
    }
  }

  it("the sources link lands on the one list of sources on Learn", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    await page.locator(".start-actions button").click();
    await answerCheck(page, loadCase("sample-11").facts, "en");
    await page.getByRole("link", { name: UI.en.result.sourcesLink }).click();
    await page.waitForURL(/\/learn#sources$/);
    await page.waitForFunction(() => document.activeElement?.id === "sources-title");
    assert.ok((await page.locator("#sources cite").count()) > 0);
    await context.close();
  });
});

describe("the result page before the app's scripts arrive", () => {
  /** Resolves in the page once every database transaction begun before has finished. */
  const storageSettled = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((done) => {
          const opening = indexedDB.open("backtalk");
          opening.onsuccess = () => {
            const tx = opening.result.transaction("kv", "readwrite");
            tx.oncomplete = () => {
              opening.result.close();
              done();
            };
          };
        }),
    );

  it("shows the copy of the result last drawn, and nothing once the check has changed", {
    timeout: 90_000,
  }, async () => {
    // No service worker: its cache would hand the page the scripts that this test holds back.
    const { page, context, errors } = await openPage(suite.browser, suite.app.url, {
      serviceWorkers: "block",
    });
    await page.goto("/");
    await page.locator(".start-actions button").click();
    await answerCheck(page, loadCase("sample-11").facts, "en");
    const detail = await page.locator(".level-detail").first().textContent();
    await waitForKept(page, "resultCopy");

    // The app's scripts never arrive: what shows is the page's own early paint.
    const early = await context.newPage();
    const policyErrors: string[] = [];
    early.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) policyErrors.push(message.text());
    });
    await early.route("**/assets/*.js", (route) => route.abort());
    await early.goto("/result");
    await early.locator('#app[aria-busy="true"] article.result h1').waitFor();
    assert.equal(await early.locator(".level-detail").first().textContent(), detail);
    // Its buttons cannot work without the scripts: they say so by being disabled.
    const buttons = early.locator("article.result button");
    assert.ok((await buttons.count()) > 0);
    for (const disabled of await buttons.evaluateAll((nodes) =>
      nodes.map((node) => (node as HTMLButtonElement).disabled),
    ))
      assert.equal(disabled, true);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: UI.en.result.startAgain }).click();
    await page.locator("form.check h1").waitFor();
    await early.goto("/result");
    await storageSettled(early);
    assert.equal(await early.locator("#app").innerHTML(), "");
    assert.deepEqual(policyErrors, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
