import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { explain, messagesFor, runOracle } from "@backtalk/engine";
import { openPage } from "./support/browser.ts";
import { answerCheck, loadCase, UI } from "./support/check-driver.ts";
import { startSuite } from "./support/suite.ts";

const suite = startSuite();

describe("offline and installable", () => {
  it("works offline after the first visit: reload, every screen, a whole check", {
    timeout: 60_000,
  }, async () => {
    const { page, context, foreign } = await openPage(suite.browser, suite.app.url);
    await page.goto("/");
    // The service worker precaches everything; with registerType "prompt" it controls pages from the next load.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: UI.en.start.title }).waitFor();

    await page.getByRole("button", { name: UI.en.start.begin }).click();
    const sample = loadCase("sample-11");
    await answerCheck(page, sample.facts, "en");
    const words = explain(runOracle(sample.facts).assessment, { lang: "en" });
    await page.locator("#level-title").getByText(words.headline.title).waitFor();

    // A deep link to any screen is answered from the cache too.
    for (const [path, title] of [
      ["/learn", UI.en.learn.title],
      ["/timer", UI.en.timer.title],
      ["/walks", UI.en.walks.title],
      ["/plan", messagesFor("en").plan.title],
    ] as const) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
    }
    assert.deepEqual(foreign, []);
    await context.close();
  });

  it("has a web app manifest with icons, and a strict content security policy", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    const response = await page.goto("/");
    const header = response?.headers()["content-security-policy"] ?? "";
    assert.match(header, /default-src 'self'/);
    assert.doesNotMatch(header, /unsafe-inline|unsafe-eval/);
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(meta ?? "", /script-src 'self'/);
    assert.equal(await page.locator("script:not([src])").count(), 0, "no inline scripts");
    const href = await page.getAttribute('link[rel="manifest"]', "href");
    const manifest = (await (await page.request.get(href ?? "")).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.icons.some((icon) => icon.sizes === "512x512" && icon.purpose === "maskable"));
    for (const icon of manifest.icons) {
      const file = await page.request.get(icon.src);
      assert.equal(file.status(), 200, icon.src);
    }
    await context.close();
  });
});
