import type { Lang } from "@backtalk/engine";

export { LANGS } from "@backtalk/engine";

import { renderToString } from "preact-render-to-string";
import { App } from "./app.tsx";
import { showLang } from "./state/settings.ts";

/**
 * The start screen as HTML, drawn at build time for each language, so a first visit shows it as soon as the
 * page arrives, before any script has loaded. The app then renders over it in place (same markup, so
 * nothing moves); stored choices, such as a check in progress, change what they change.
 */
export async function renderStartScreen(language: Lang): Promise<string> {
  await showLang(language);
  return renderToString(<App />);
}
