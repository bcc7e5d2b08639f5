import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Case, FACT_KINDS, type FactId, type Facts, type Lang, messagesFor } from "@backtalk/engine";
import type { Page } from "playwright-core";
import { UI } from "../../packages/web/src/i18n/every-language.test-support.ts";
import { ROOT } from "./app-server.ts";

export { UI };

export function loadCase(id: string): Case {
  return JSON.parse(readFileSync(join(ROOT, "spec/cases", `${id}.json`), "utf8")) as Case;
}

export type Input = "mouse" | "keyboard";

/** The label a person would pick for a fact's true value ("Not sure" when the case does not say). */
function choiceLabel(fact: FactId, value: Facts[FactId], lang: Lang): string {
  const messages = messagesFor(lang);
  if (value === undefined) return messages.answers.dontKnow;
  if (typeof value === "boolean") return value ? messages.answers.yes : messages.answers.no;
  const texts = messages.facts[fact] as { options?: Record<string, string> };
  return texts.options?.[String(value)] ?? String(value);
}

async function activeInfo(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return {
      fieldset: element?.closest("fieldset")?.id ?? null,
      type: element?.getAttribute("type") ?? element?.tagName.toLowerCase() ?? null,
      text: element?.textContent?.trim() ?? "",
    };
  });
}

/** Presses Tab until `done` says the focus is where it should be. */
async function tabUntil(
  page: Page,
  done: (info: Awaited<ReturnType<typeof activeInfo>>) => boolean,
): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if (done(await activeInfo(page))) return;
  }
  throw new Error("keyboard: the target was never focused");
}

/** True when the focused element (or the card around a focused radio) shows a focus outline. */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    // No named helper inside: tsx would wrap it in a __name() call that the page does not have.
    for (const node of [element, element.closest("label")]) {
      if (!node) continue;
      const style = getComputedStyle(node);
      if (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2) return true;
    }
    return false;
  });
}

async function answerOne(
  page: Page,
  fact: FactId,
  value: Facts[FactId],
  lang: Lang,
  input: Input,
): Promise<void> {
  const fieldset = page.locator(`#q-${fact}`);
  const kind = FACT_KINDS[fact];
  const notSure = messagesFor(lang).answers.dontKnow;
  if (kind.type === "integer") {
    if (input === "mouse") {
      if (value === undefined) await fieldset.getByRole("checkbox", { name: notSure }).check();
      else await fieldset.getByRole("textbox").fill(String(value));
      return;
    }
    if (value === undefined) {
      await tabUntil(page, (info) => info.fieldset === `q-${fact}` && info.type === "checkbox");
      await page.keyboard.press("Space");
    } else {
      await tabUntil(page, (info) => info.fieldset === `q-${fact}` && info.type === "text");
      // A number may be pre-filled from the person's words: replace it.
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(String(value));
    }
    return;
  }
  const label = choiceLabel(fact, value, lang);
  const target = fieldset.getByRole("radio", { name: label, exact: true });
  if (input === "mouse") {
    await target.check();
    return;
  }
  const labels = await fieldset.locator("label.option").allTextContents();
  const index = labels.findIndex((text) => text.trim() === label);
  if (index < 0) throw new Error(`no option "${label}" for ${fact}`);
  // An answer may be pre-filled from the person's words: the group is entered on it.
  const checked = await fieldset
    .locator("input[type=radio]")
    .evaluateAll((nodes) => nodes.findIndex((node) => (node as HTMLInputElement).checked));
  await tabUntil(page, (info) => info.fieldset === `q-${fact}` && info.type === "radio");
  if (!(await focusIsVisible(page))) throw new Error(`keyboard: no visible focus on ${fact}`);
  // Entering a group with nothing checked focuses its first radio; arrows move and select.
  if (checked < 0 && index === 0) await page.keyboard.press("Space");
  const from = Math.max(checked, 0);
  for (let step = from; step < index; step++) await page.keyboard.press("ArrowDown");
  for (let step = from; step > index; step--) await page.keyboard.press("ArrowUp");
  if (!(await target.isChecked())) throw new Error(`keyboard: ${fact} is not "${label}"`);
}

/**
 * Completes the check in the page like a person who knows the case's facts, screen by screen, until the
 * result shows. Returns the number of screens answered.
 */
export async function answerCheck(
  page: Page,
  truth: Facts,
  lang: Lang,
  input: Input = "mouse",
  onScreen?: (screen: number) => Promise<void>,
): Promise<number> {
  const ui = UI[lang];
  const messages = messagesFor(lang);
  for (let screens = 0; screens < 20; screens++) {
    await page.waitForSelector("form.check, article.result");
    if (new URL(page.url()).pathname === "/result") return screens;
    const progress = await page.locator(".progress-text").textContent();
    await onScreen?.(screens);
    const done = new Set<string>();
    const noneButton = page.getByRole("button", { name: messages.answers.noneOfThese });
    const ids = await page
      .locator("fieldset.question")
      .evaluateAll((nodes) => nodes.map((node) => node.id.slice(2)));
    if (
      input === "keyboard" &&
      (await noneButton.count()) > 0 &&
      ids.every((id) => truth[id as FactId] === false)
    ) {
      await tabUntil(page, (info) => info.text === messages.answers.noneOfThese);
      await page.keyboard.press("Enter");
      for (const id of ids) done.add(id);
    }
    for (;;) {
      const visible = await page
        .locator("fieldset.question")
        .evaluateAll((nodes) => nodes.map((node) => node.id.slice(2)));
      const next = visible.find((id) => !done.has(id)) as FactId | undefined;
      if (!next) break;
      await answerOne(page, next, truth[next], lang, input);
      done.add(next);
    }
    if (input === "keyboard") {
      await tabUntil(page, (info) => info.type === "submit");
      if (!(await focusIsVisible(page))) throw new Error("keyboard: no visible focus on Continue");
      await page.keyboard.press("Enter");
    } else {
      await page.getByRole("button", { name: ui.check.continue, exact: true }).click();
    }
    await page.waitForFunction(
      (before) =>
        location.pathname === "/result" || document.querySelector(".progress-text")?.textContent !== before,
      progress,
    );
  }
  throw new Error("the check did not finish within 20 screens");
}
