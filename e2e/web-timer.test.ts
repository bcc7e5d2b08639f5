import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { COLD_THERAPY, generalPlan } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { countText } from "../packages/web/src/i18n/plural.ts";
import { clock } from "../packages/web/src/timer/cold-timer.ts";
import { REMINDER_HOURS } from "../packages/web/src/walks/walk-reminders.ts";
import { openPage } from "./support/browser.ts";
import { UI } from "./support/check-driver.ts";
import { spyOnAlerts, spyOnNotifications } from "./support/notification-spy.ts";
import { waitForStored } from "./support/stored.ts";
import { startSuite } from "./support/suite.ts";

const MINUTE = 60_000;
const ui = UI.en;
const suite = startSuite();

const countdown = (page: Page) => page.getByRole("timer").textContent();

/** Seconds left on a "m:ss" countdown. */
const secondsOf = (text: string | null): number => {
  const [minutes, seconds] = (text ?? "").split(":").map(Number);
  return (minutes ?? Number.NaN) * 60 + (seconds ?? Number.NaN);
};

/**
 * Waits until the countdown shows `ms` left, give or take the real seconds the test itself takes: the page
 * clock is moved by the test in jumps of minutes but keeps running between them, and a slow machine must not
 * fail the test by missing the one second a countdown shows an exact value.
 */
const SLACK_SECONDS = 30;
async function countdownNear(page: Page, ms: number): Promise<void> {
  await page.waitForFunction(
    ({ expected, slack }) => {
      const [minutes, seconds] = (document.querySelector("[role=timer]")?.textContent ?? "").split(":");
      const shown = Number(minutes) * 60 + Number(seconds);
      return shown <= expected && shown >= expected - slack;
    },
    { expected: ms / 1000, slack: SLACK_SECONDS },
  );
}
const notifications = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notifications: string[] }).__notifications);
/** How many notes were played and vibrations asked for so far. */
const rung = (page: Page) =>
  page.evaluate(() => {
    const alerts = (window as unknown as { __alerts: string[] }).__alerts;
    return {
      tones: alerts.filter((alert) => alert === "tone").length,
      vibrations: alerts.filter((alert) => alert === "vibrate").length,
    };
  });

describe("cold-therapy timer with a controlled clock", () => {
  it("runs a round to the engine's limit, then locks the next round for the skin rest", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await spyOnNotifications(context);
    await spyOnAlerts(context);
    await page.clock.install({ time: new Date(2026, 10, 25, 10, 0, 0) });
    await page.goto("/timer");
    const start = page.getByRole("button", { name: ui.timer.start });
    // The skin cautions come first: no round before they are acknowledged.
    assert.ok(await start.isDisabled());
    await page.getByRole("checkbox", { name: ui.timer.cautionsAck }).check();
    await start.click();
    await page.getByRole("heading", { name: ui.timer.coolingStatus }).waitFor();
    assert.equal(await countdown(page), clock(COLD_THERAPY.maxMinutes * MINUTE));

    await page.clock.fastForward((COLD_THERAPY.maxMinutes / 2) * MINUTE);
    await countdownNear(page, (COLD_THERAPY.maxMinutes / 2) * MINUTE);
    // A reload mid-round keeps the time: it is computed from the start timestamp, not from ticks.
    await waitForStored(page, "coldTimer", ["phase"], "cooling");
    const beforeReload = secondsOf(await countdown(page));
    await page.reload();
    await page.getByRole("heading", { name: ui.timer.coolingStatus }).waitFor();
    const afterReload = secondsOf(await countdown(page));
    assert.ok(
      afterReload <= beforeReload && afterReload >= beforeReload - SLACK_SECONDS,
      `the reload kept the time: ${beforeReload} s, then ${afterReload} s`,
    );

    await page.clock.fastForward((COLD_THERAPY.maxMinutes / 2) * MINUTE + 1000);
    await page.getByRole("heading", { name: ui.timer.restingStatus }).waitFor();
    await page.getByRole("status").filter({ hasText: ui.timer.announceDone }).waitFor();
    assert.ok(
      (await notifications(page)).includes(ui.timer.notifyDoneTitle),
      "notified at the end of the round",
    );
    const atRoundEnd = await rung(page);
    assert.ok(atRoundEnd.tones > 0, "a chime at the end of the round");
    assert.equal(atRoundEnd.vibrations, 1, "one vibration at the end of the round");
    assert.ok(await start.isDisabled(), "locked during the skin rest");
    assert.equal(await page.locator(".log-list li").count(), 1, "the round is logged");

    await page.clock.fastForward((COLD_THERAPY.minSkinRestMinutes / 2) * MINUTE);
    await countdownNear(page, (COLD_THERAPY.minSkinRestMinutes / 2) * MINUTE);
    assert.ok(await start.isDisabled(), "still locked half way through the rest");

    await page.clock.fastForward((COLD_THERAPY.minSkinRestMinutes / 2) * MINUTE);
    await page.getByRole("heading", { name: ui.timer.readyStatus }).waitFor();
    assert.ok(await start.isEnabled(), "a new round is allowed after the rest");
    assert.ok((await notifications(page)).includes(ui.timer.notifyRestTitle));
    const atRestEnd = await rung(page);
    assert.ok(atRestEnd.tones > atRoundEnd.tones, "a chime at the end of the skin rest");
    assert.equal(atRestEnd.vibrations, 2, "one vibration at the end of the skin rest");
    await start.click();
    await page.getByRole("heading", { name: ui.timer.coolingStatus }).waitFor();
    await context.close();
  });

  it("stopping early still enforces the full skin rest", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.clock.install({ time: new Date(2026, 10, 25, 10, 0, 0) });
    await page.goto("/timer");
    await page.getByRole("checkbox", { name: ui.timer.cautionsAck }).check();
    await page.getByRole("button", { name: ui.timer.start }).click();
    await page.clock.fastForward(5 * MINUTE);
    await page.getByRole("button", { name: ui.timer.stop }).click();
    await page.getByRole("heading", { name: ui.timer.restingStatus }).waitFor();
    assert.equal(await countdown(page), clock(COLD_THERAPY.minSkinRestMinutes * MINUTE));
    assert.match(
      (await page.locator(".log-list li").textContent()) ?? "",
      new RegExp(ui.timer.roundStoppedEarly),
    );
    await context.close();
  });

  it("alerts at the end of a round on any screen, not only on the timer", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await spyOnNotifications(context);
    await page.clock.install({ time: new Date(2026, 10, 25, 10, 0, 0) });
    await page.goto("/timer");
    await page.getByRole("checkbox", { name: ui.timer.cautionsAck }).check();
    await page.getByRole("button", { name: ui.timer.start }).click();
    await page.getByRole("heading", { name: ui.timer.coolingStatus }).waitFor();
    await page.getByRole("link", { name: ui.nav.learn, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: ui.learn.title }).waitFor();
    await page.clock.fastForward(COLD_THERAPY.maxMinutes * MINUTE + 1000);
    await page.locator(".banner").getByText(ui.timer.notifyDoneTitle).waitFor();
    assert.ok((await notifications(page)).includes(ui.timer.notifyDoneTitle));
    await context.close();
  });

  it("can be used with the keyboard alone", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await page.goto("/timer");
    await page.getByRole("heading", { level: 1, name: ui.timer.title }).waitFor();
    const focusOn = async (name: string) => {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press("Tab");
        const label = await page.evaluate(
          () =>
            document.activeElement?.closest("label")?.textContent ??
            document.activeElement?.textContent ??
            "",
        );
        if (label.trim() === name) return;
      }
      throw new Error(`could not reach "${name}" with Tab`);
    };
    await focusOn(ui.timer.cautionsAck);
    await page.keyboard.press("Space");
    await focusOn(ui.timer.start);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: ui.timer.coolingStatus }).waitFor();
    await context.close();
  });
});

describe("walks", () => {
  it("logs walks in one tap against the plan's goal, and they survive a reload", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    const goal = generalPlan().walking.walksPerDay;
    await page.goto("/walks");
    const count = (done: number) => countText("en", goal, ui.walks.todayCount, { done });
    await page.getByRole("heading", { name: count(0) }).waitFor();
    await page.getByRole("button", { name: ui.walks.log }).click();
    await page.getByRole("heading", { name: count(1) }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: count(1) }).waitFor();
    await page.getByRole("button", { name: ui.walks.undo }).click();
    await page.getByRole("heading", { name: count(0) }).waitFor();
    await context.close();
  });

  it("reminds while the app is open, on any screen", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await spyOnNotifications(context);
    await page.clock.install({ time: new Date(2026, 10, 25, REMINDER_HOURS.from - 1, 0, 0) });
    await page.goto("/walks");
    await page.getByRole("button", { name: ui.walks.remindersOn }).click();
    await page.getByText(ui.walks.nextReminder.split("{")[0] as string).waitFor();
    await page.getByRole("link", { name: ui.nav.learn, exact: true }).click();
    await page.clock.fastForward(8 * 3_600_000);
    await page.getByText(ui.walks.notifyTitle).first().waitFor();
    assert.ok((await notifications(page)).includes(ui.walks.notifyTitle));
    await context.close();
  });

  it("keeps reminding after an evening walk, with a controlled clock", { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url);
    await spyOnNotifications(context);
    await page.clock.install({ time: new Date(2026, 10, 25, 18, 17, 0) });
    await page.goto("/walks");
    await page.getByRole("button", { name: ui.walks.remindersOn }).click();
    await page.getByRole("button", { name: ui.walks.log }).click();
    await page.locator(".log-list li").first().waitFor();
    // Three walks are left and the reminder hours end at 21:00: the next reminder is well before that.
    await page.getByText(ui.walks.nextReminder.split("{")[0] as string).waitFor();
    assert.equal(await page.getByText(ui.walks.noMoreToday).count(), 0);
    await page.clock.fastForward(60 * MINUTE);
    await page.getByText(ui.walks.notifyTitle).first().waitFor();
    assert.ok((await notifications(page)).includes(ui.walks.notifyTitle));
    await context.close();
  });
});
