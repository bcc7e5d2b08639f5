import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./app-server.ts";
import { axeViolations } from "./browser.ts";

/** Screenshots of every screen, to look at (gitignored). */
export const SHOTS = join(ROOT, "e2e/screenshots");

export interface ScreenFindings {
  readonly violations: string[];
  readonly overflow: string[];
}

/** axe, no sideways scrolling, and a full-page screenshot of the screen as it is now. */
export async function inspectScreen(page: Page, name: string, findings: ScreenFindings): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("[aria-busy='true']"));
  // A chart draws after its module loads; wait for it where there is one.
  if ((await page.locator(".chart-box").count()) > 0)
    await page.locator(".chart-box canvas").first().waitFor();
  for (const violation of await axeViolations(page)) findings.violations.push(`${name}: ${violation}`);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) findings.overflow.push(`${name}: ${scrollWidth}px wide in ${innerWidth}px`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
