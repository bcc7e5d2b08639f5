import { type CHECK_IN_WARNING_SIGNS, type Lang, messagesFor } from "@backtalk/engine";
import type { Page } from "playwright-core";
import type { Zone } from "../../packages/web/src/diary/body-zones.ts";
import { eachLanguage } from "../../packages/web/src/i18n/every-language.test-support.ts";

/** The diary screens' own words, as the app shows them. */
export const DIARY_UI = eachLanguage((words) => words.diary);

type Sign = (typeof CHECK_IN_WARNING_SIGNS)[number];
/** An answer as a person picks it: yes, no, not sure, or one of the fact's options. */
export type SignAnswer = boolean | "dont_know" | string;

export interface CheckInInput {
  readonly pain: number;
  readonly zones: readonly Zone[];
  /** Signs not listed are answered "no" (the checklist's "None of these", legs "none"). */
  readonly signs?: Partial<Record<Sign, SignAnswer>>;
  readonly note?: string;
}

function answerLabel(fact: Sign, answer: SignAnswer, lang: Lang): string {
  const messages = messagesFor(lang);
  if (answer === "dont_know") return messages.answers.dontKnow;
  if (typeof answer === "boolean") return answer ? messages.answers.yes : messages.answers.no;
  return (messages.facts[fact] as { options?: Record<string, string> }).options?.[answer] ?? answer;
}

/** Marks exactly these areas on the body map (it starts from the last check-in's). */
export async function markZones(page: Page, zones: readonly Zone[]): Promise<void> {
  for (const area of await page.locator("[data-zone]").all()) {
    const zone = (await area.getAttribute("data-zone")) as Zone;
    const checked = (await area.getAttribute("aria-checked")) === "true";
    if (checked !== zones.includes(zone)) await area.click();
  }
}

/** Fills in and saves a check-in with the mouse, then waits for "Check-in saved". */
export async function addCheckIn(page: Page, input: CheckInInput, lang: Lang = "en"): Promise<void> {
  const words = DIARY_UI[lang];
  const messages = messagesFor(lang);
  await page.goto("/check-in");
  await page.locator("form.check-in").waitFor();
  await page
    .locator("#checkin-pain")
    .getByRole("radio", { name: String(input.pain), exact: true })
    .check();
  await markZones(page, input.zones);
  await page.getByRole("button", { name: messages.answers.noneOfThese }).click();
  for (const fact of ["legWeakness", "legPain"] as const) {
    if (input.signs?.[fact] === undefined)
      await page
        .locator(`#q-${fact}`)
        .getByRole("radio", { name: answerLabel(fact, "none", lang), exact: true })
        .check();
  }
  for (const [fact, answer] of Object.entries(input.signs ?? {}) as [Sign, SignAnswer][]) {
    await page
      .locator(`#q-${fact}`)
      .getByRole("radio", { name: answerLabel(fact, answer, lang), exact: true })
      .check();
  }
  if (input.note) await page.getByLabel(words.checkIn.noteLabel).fill(input.note);
  await page.getByRole("button", { name: words.checkIn.save }).click();
  await page.getByRole("heading", { level: 1, name: words.checkIn.savedTitle }).waitFor();
}

/** The course status the diary shows first (the engine's wording). */
export async function mainStatus(page: Page): Promise<string> {
  return ((await page.locator(".statuses .main").textContent()) ?? "").trim();
}
