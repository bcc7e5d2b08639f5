import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { type RunningApp, startApp } from "./app-server.ts";
import { launchBrowser } from "./browser.ts";

export interface Suite {
  readonly app: RunningApp;
  readonly browser: Browser;
}

/**
 * Starts the real server and headless Chromium before a test file's tests and stops both after them.
 * Call it once at the top of the file; read `suite.app` and `suite.browser` inside the tests.
 */
export function startSuite(): Suite {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is not started: use it inside a test`);
    return value;
  };
  return {
    get app() {
      return started(app, "the app");
    },
    get browser() {
      return started(browser, "the browser");
    },
  };
}
