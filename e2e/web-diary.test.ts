import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { messagesFor, REPORT_LABELS } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { openPage } from "./support/browser.ts";
import { focusIsVisible, UI } from "./support/check-driver.ts";
import { addCheckIn, DIARY_UI, mainStatus } from "./support/diary-driver.ts";
import { startSuite } from "./support/suite.ts";

const statuses = REPORT_LABELS.en.statuses;
const words = DIARY_UI.en;
const suite = startSuite();

/** A day of the simulated weeks, at 8 in the morning local time. */
const day = (n: number) => new Date(2026, 2, 2 + n, 8, 0, 0);

async function onDay(page: Page, n: number): Promise<void> {
  await page.clock.setSystemTime(day(n));
}

describe("the diary: check-ins over weeks (controlled clock), warning signs, keyboard, offline", () => {
  it("moves from 'too early' to 'about the same' to 'not better after 3 weeks'", {
    timeout: 120_000,
  }, async () => {
    const { page, context, errors } = await openPage(suite.browser, suite.app.url);
    await page.clock.install({ time: day(0) });
    const seen: string[] = [];
    for (const n of [0, 1, 2, 7, 14, 20, 21]) {
      await onDay(page, n);
      await addCheckIn(page, { pain: 6, zones: ["lower_back:left"] });
      seen.push(await mainStatus(page));
    }
    assert.equal(seen[0], statuses.too_early);
    assert.equal(seen[4], statuses.unchanged);
    assert.equal(seen[5], statuses.unchanged);
    assert.equal(seen[6], statuses.not_better_after_3_weeks);
    // The diary says the same, with the engine's advice for it (book a doctor) and S1 among the reasons.
    await page.goto("/diary");
    await page.locator(".course-status").waitFor();
    assert.equal(await mainStatus(page), statuses.not_better_after_3_weeks);
    const reasons = page.locator("details.why");
    await reasons.locator("summary").click();
    assert.match((await reasons.textContent()) ?? "", /3 weeks|three weeks/i);
    assert.equal(await page.locator(".checkin").count(), 7);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("says 'keeps coming back' the third time in the same place", { timeout: 90_000 }, async () => {
    const { page, context, errors } = await openPage(suite.browser, suite.app.url);
    await page.clock.install({ time: day(0) });
    const plan: [number, number][] = [
      [0, 5],
      [1, 0],
      [9, 5],
      [10, 0],
      [18, 4],
    ];
    for (const [n, pain] of plan) {
      await onDay(page, n);
      await addCheckIn(page, { pain, zones: ["lower_back:right"] });
    }
    assert.equal(await mainStatus(page), statuses.keeps_coming_back);
    await page.goto("/diary");
    await page.locator(".episode-list").waitFor();
    assert.equal(await page.locator(".episode").count(), 3);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("shows the emergency advice at once when a warning sign is reported at a check-in", {
    timeout: 60_000,
  }, async () => {
    const { page, context, errors } = await openPage(suite.browser, suite.app.url);
    await addCheckIn(page, { pain: 4, zones: ["lower_back:center"], signs: { bladderChange: true } });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.equal(
      ((await alert.locator("h2").textContent()) ?? "").trim(),
      messagesFor("en").levels.emergency.title,
    );
    assert.equal(await alert.locator("a.call-button").getAttribute("href"), "tel:911");
    assert.equal(await mainStatus(page), statuses.new_warning_sign);
    // The emergency banner comes before the course status on the page.
    const order = await page.evaluate(() => {
      const banner = document.querySelector(".level-emergency");
      const status = document.querySelector(".course-status");
      return banner && status ? banner.compareDocumentPosition(status) : 0;
    });
    assert.ok(order & 4, "the emergency advice is above the status");
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("never counts 'not sure' as no: the sign stays open and is listed", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await addCheckIn(page, { pain: 5, zones: ["mid_back:left"], signs: { saddleNumbness: "dont_know" } });
    const notSure = page.locator("section", {
      has: page.getByRole("heading", { name: words.checkIn.notSureTitle }),
    });
    await notSure.waitFor();
    assert.ok(
      ((await notSure.textContent()) ?? "").includes(messagesFor("en").facts.saddleNumbness.question),
    );
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open("backtalk");
          open.onsuccess = () => {
            const all = open.result.transaction("checkIns").objectStore("checkIns").getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
    const [entry] = stored as { warningSigns?: Record<string, unknown> }[];
    assert.ok(
      entry && !("saddleNumbness" in (entry.warningSigns ?? {})),
      "not sure is not stored as an answer",
    );
    assert.equal(entry?.warningSigns?.fever, false);
    await context.close();
  });

  it("can be done with the keyboard alone, with the focus always visible", { timeout: 60_000 }, async () => {
    const { page, context, errors } = await openPage(suite.browser, suite.app.url);
    await page.goto("/check-in");
    await page.locator("form.check-in").waitFor();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return {
          zone: element?.getAttribute("data-zone") ?? null,
          name: element?.getAttribute("name") ?? null,
          type: element?.getAttribute("type") ?? element?.tagName.toLowerCase() ?? "",
          text: element?.textContent?.trim() ?? "",
        };
      });
    const tabTo = async (done: (info: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let presses = 0; presses < 80; presses++) {
        await page.keyboard.press("Tab");
        const info = await focused();
        if (done(info)) {
          assert.ok(
            (await focusIsVisible(page)) || info.zone !== null,
            `focus visible on ${JSON.stringify(info)}`,
          );
          return;
        }
      }
      throw new Error("keyboard: the target was never focused");
    };
    // Pain: into the 0-10 group, then the arrow keys choose 6.
    await tabTo((info) => info.name === "painScore");
    for (let step = 0; step < 6; step++) await page.keyboard.press("ArrowRight");
    // Body map: Tab through the areas, Space marks the lower back on the left.
    await tabTo((info) => info.zone === "lower_back:left");
    await page.keyboard.press("Space");
    assert.equal(await page.locator('[data-zone="lower_back:left"]').getAttribute("aria-checked"), "true");
    // Legs: the first choice of each group is "none".
    for (const fact of ["legWeakness", "legPain"]) {
      await tabTo((info) => info.name === fact);
      await page.keyboard.press("Space");
    }
    const messages = messagesFor("en");
    await tabTo((info) => info.text === messages.answers.noneOfThese);
    await page.keyboard.press("Enter");
    await tabTo((info) => info.text === words.checkIn.save);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: words.checkIn.savedTitle }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
    await page.goto("/diary");
    await page.locator(".checkin").first().waitFor();
    assert.match((await page.locator(".checkin").first().textContent()) ?? "", /Pain 6\/10/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("works offline: check-in, diary, report with its PDF, my data; a share link says it needs a connection", {
    timeout: 90_000,
  }, async () => {
    const { page, context, foreign } = await openPage(suite.browser, suite.app.url, {
      acceptDownloads: true,
    });
    await page.goto("/");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await addCheckIn(page, { pain: 5, zones: ["lower_back:center"] });
    await page.goto("/diary");
    await page.locator(".chart-box canvas").waitFor();
    await page.goto("/report");
    await page.locator(".report-page").waitFor();
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: words.report.pdf }).click(),
    ]);
    assert.match(pdf.suggestedFilename(), /\.pdf$/);
    await page.getByRole("button", { name: words.share.create }).click();
    await page.getByRole("button", { name: words.share.confirm }).click();
    await page.getByText(words.share.offline).waitFor();
    await page.goto("/my-data");
    await page.getByRole("button", { name: words.data.export }).waitFor();
    assert.deepEqual(foreign, []);
    await context.close();
  });

  it("names what is missing and moves the focus to the list", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/check-in");
    await page.getByRole("button", { name: words.checkIn.save }).click();
    const summary = page.getByRole("alert");
    await summary.waitFor();
    const text = (await summary.textContent()) ?? "";
    assert.ok(text.includes(words.checkIn.errorPain));
    assert.ok(text.includes(words.checkIn.errorWhere));
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains("error-summary")),
      true,
    );
    assert.equal(UI.en.nav.checkin, "Check-in");
    await context.close();
  });
});
