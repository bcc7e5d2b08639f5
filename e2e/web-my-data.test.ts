import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { COLD_THERAPY, type Diary, parseDiary } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { openPage } from "./support/browser.ts";
import { answerCheck, loadCase, UI } from "./support/check-driver.ts";
import { addCheckIn, DIARY_UI } from "./support/diary-driver.ts";
import { startSuite } from "./support/suite.ts";

const words = DIARY_UI.en.data;
const suite = startSuite();
let files: string;

before(async () => {
  files = mkdtempSync(join(tmpdir(), "backtalk-my-data-"));
});

after(async () => {
  rmSync(files, { recursive: true, force: true });
});

async function exportDiary(page: Page, name: string): Promise<{ path: string; diary: Diary }> {
  await page.goto("/my-data");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: words.export }).click(),
  ]);
  const path = join(files, name);
  await file.saveAs(path);
  return { path, diary: parseDiary(JSON.parse(readFileSync(path, "utf8"))) };
}

async function importFile(page: Page, path: string): Promise<void> {
  await page.goto("/my-data");
  await page.getByLabel(words.fileLabel).setInputFiles(path);
  await page.getByRole("button", { name: words.import, exact: true }).click();
}

const counts = (page: Page) => page.getByText(/^On this device:/).textContent();
const withoutStamp = ({ exportedAt: _stamp, ...rest }: Diary) => rest;

describe("my data", () => {
  it("collects the check, cold rounds, walks and check-ins; exports, deletes and imports them intact", {
    timeout: 120_000,
  }, async () => {
    const { page, context, errors, foreign } = await openPage(suite.browser, suite.app.url, {
      acceptDownloads: true,
    });
    await page.clock.install({ time: new Date(2026, 10, 23, 9, 0, 0) });
    // A full check, a cold round on the timer and a walk.
    await page.goto("/");
    await page.getByRole("button", { name: UI.en.start.begin }).click();
    await answerCheck(page, loadCase("sample-09").facts, "en");
    await page.goto("/timer");
    await page.getByRole("checkbox", { name: UI.en.timer.cautionsAck }).check();
    await page.getByRole("button", { name: UI.en.timer.start }).click();
    await page.clock.fastForward(COLD_THERAPY.maxMinutes * 60_000 + 1000);
    await page.getByRole("heading", { name: UI.en.timer.restingStatus }).waitFor();
    await page.goto("/walks");
    await page.getByRole("button", { name: UI.en.walks.log }).click();
    await page
      .getByText(/^Walk logged|logged/i)
      .first()
      .waitFor();
    await addCheckIn(page, { pain: 6, zones: ["lower_back:left"], note: "Stiff after the drive." });
    const secondCheckInTime = new Date(2026, 10, 24, 8, 30, 0);
    await page.clock.setSystemTime(secondCheckInTime);
    await addCheckIn(page, { pain: 5, zones: ["lower_back:left", "lower_back:center"] });

    const first = await exportDiary(page, "first.json");
    assert.equal(first.diary.checks?.length, 1);
    assert.equal(first.diary.coldRounds?.length, 1);
    assert.equal(first.diary.walks?.length, 1);
    assert.equal(first.diary.checkIns.length, 2);
    assert.equal(first.diary.checkIns[0]?.note, "Stiff after the drive.");
    // Local times with the offset, so the day in the file is the person's day. The page clock keeps running
    // while the check-in is filled in, so the stamp is the set time plus however long that took.
    const stamp = first.diary.checkIns[1]?.at ?? "";
    assert.match(stamp, /^2026-11-24T08:\d\d:\d\d[+-]\d\d:\d\d$/);
    const secondsAfter = (Date.parse(stamp) - secondCheckInTime.getTime()) / 1000;
    assert.ok(
      secondsAfter >= 0 && secondsAfter < 60,
      `check-in stamped ${secondsAfter} s after the set time`,
    );

    // Delete everything (after a confirmation), then nothing is left.
    await page.getByRole("button", { name: words.delete }).click();
    await page.getByRole("heading", { name: words.deleteConfirmTitle }).waitFor();
    await page.getByRole("button", { name: words.deleteConfirm }).click();
    await page.getByText(words.deleted).waitFor();
    assert.match((await counts(page)) ?? "", /0 check-ins, 0 checks, 0 cold rounds, 0 walks/);
    await page.goto("/diary");
    await page.getByText(DIARY_UI.en.diary.empty).waitFor();

    // Import the file: the same diary comes back, and exports the same.
    await importFile(page, first.path);
    await page.getByText(/^Imported:/).waitFor();
    assert.match((await counts(page)) ?? "", /2 check-ins, 1 check, 1 cold round, 1 walk\./);
    const again = await exportDiary(page, "again.json");
    assert.deepEqual(withoutStamp(again.diary), withoutStamp(first.diary));
    await page.goto("/diary");
    // The diary reads IndexedDB after the first paint: wait for the list before counting it.
    await page.locator(".checkin").nth(1).waitFor();
    assert.equal(await page.locator(".checkin").count(), 2);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  it("refuses a corrupt or foreign file whole, says why, and changes nothing", {
    timeout: 60_000,
  }, async () => {
    const { page, context } = await openPage(suite.browser, suite.app.url, { acceptDownloads: true });
    await addCheckIn(page, { pain: 3, zones: ["upper_back:right"] });
    const before = await exportDiary(page, "before.json");

    const broken = join(files, "broken.json");
    writeFileSync(broken, readFileSync(before.path, "utf8").slice(0, 200));
    const foreignFile = join(files, "foreign.json");
    writeFileSync(foreignFile, JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [] }));
    const tampered = join(files, "tampered.json");
    const bad = JSON.parse(readFileSync(before.path, "utf8"));
    bad.checkIns.push({ ...bad.checkIns[0], id: "x2", painScore: 12 });
    writeFileSync(tampered, JSON.stringify(bad));

    for (const [path, detail] of [
      [broken, words.refusedJson],
      [foreignFile, "format"],
      [tampered, "checkIns[1].painScore"],
    ] as const) {
      await importFile(page, path);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const text = (await alert.textContent()) ?? "";
      assert.ok(text.includes(words.refused), text);
      assert.ok(text.includes(detail), `${path}: ${text}`);
      // Focus goes to the message, so a screen reader reads it.
      await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "alert");
      assert.match((await counts(page)) ?? "", /^On this device: 1 check-in,/);
    }
    const after = await exportDiary(page, "after.json");
    assert.deepEqual(withoutStamp(after.diary), withoutStamp(before.diary));
    await context.close();
  });
});
