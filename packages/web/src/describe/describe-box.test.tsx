import { messagesFor } from "@backtalk/engine";
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { UI } from "../i18n/every-language.test-support.ts";
import CheckScreen from "../screens/check.tsx";
import { check } from "../state/check-state.ts";
import { closeDb, db } from "../storage/db.ts";
import { screenRoot } from "../testing/screen-root.test-support.ts";
import { DescribeBox } from "./describe-box.tsx";
import { description, loadDescription, resetDescription } from "./describe-state.ts";

const WORDS = "My lower back locked up yesterday lifting a box. I can't feel anything down there. No fever.";
const t = UI.en.describe;
const en = messagesFor("en");

const root = screenRoot({
  before: () => {
    check.value = null;
    resetDescription();
  },
});

/** Lets timers, the dynamic import and IndexedDB settle until `ready` holds. */
async function until(ready: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !ready(); tries++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  expect(ready()).toBe(true);
}

async function type(words: string): Promise<void> {
  const box = root().querySelector("textarea") as HTMLTextAreaElement;
  box.value = words;
  await act(() => {
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

const chips = () =>
  [...root().querySelectorAll<HTMLButtonElement>(".chips.kept button")].map((button) => button.dataset.fact);

describe("the box on the start screen", () => {
  it("shows chips, marks the words, previews the emergency, and keeps it all through a reload", async () => {
    await act(() => render(<DescribeBox />, root()));
    const box = root().querySelector("textarea") as HTMLTextAreaElement;
    expect(root().querySelector(`label[for="${box.id}"]`)?.textContent).toBe(t.label);
    await type(WORDS);
    await until(() => chips().length > 0);
    expect(chips()).toEqual(["region", "onsetDaysAgo", "onsetTrigger", "saddleNumbness", "fever"]);
    const marks = [...root().querySelectorAll(".marked-words mark")].map((mark) => mark.textContent);
    expect(marks).toContain("can't feel anything down there");
    const sign = root().querySelector<HTMLButtonElement>('[data-fact="saddleNumbness"]');
    expect(sign?.textContent).toContain(`${en.facts.saddleNumbness.short}:`);
    expect(sign?.textContent).toContain(t.signTag);
    expect(sign?.textContent?.startsWith(t.remove)).toBe(true);
    // The advice comes at once, with the local number, before any question.
    const banner = root().querySelector(".describe-banner");
    expect(banner?.getAttribute("role")).toBe("alert");
    expect(banner?.textContent).toContain(t.bannerEmergency);
    expect(banner?.querySelector(".call-button")?.getAttribute("href")).toBe("tel:911");

    // Removing a chip drops it, and it can be put back.
    await act(() => root().querySelector<HTMLButtonElement>('[data-fact="fever"]')?.click());
    await until(() => !chips().includes("fever"));
    expect(description.value.removed).toEqual(["fever"]);
    expect(root().querySelector(".chips.removed button")?.textContent).toBe(
      `Put back: ${en.facts.fever.short}: ${en.answers.no}`,
    );

    // A reload: the words and the removal come back from storage.
    render(null, root());
    resetDescription();
    await closeDb();
    await loadDescription();
    expect(description.value).toMatchObject({ text: WORDS, removed: ["fever"] });
    await act(() => render(<DescribeBox />, root()));
    await until(() => chips().length === 4);
  });

  it("words deleted elsewhere (delete everything) are gone when the box is shown again", async () => {
    await act(() => render(<DescribeBox />, root()));
    await type(WORDS);
    await until(() => chips().length > 0);
    render(null, root());
    await (await db()).delete("kv", "describe");
    await act(() => render(<DescribeBox />, root()));
    await until(() => description.value.text === "");
    expect((root().querySelector("textarea") as HTMLTextAreaElement).value).toBe("");
    expect(chips()).toEqual([]);
  });

  it("Continue starts the follow-up check with the sign pre-filled as Yes, to confirm", async () => {
    await act(() => render(<DescribeBox />, root()));
    await type(WORDS);
    await until(() => chips().length > 0);
    const go = [...root().querySelectorAll("button")].find((button) => button.textContent === t.continue);
    await act(() => go?.click());
    await until(() => check.value !== null);
    const state = check.value?.state;
    expect(state?.mode).toBe("follow_up");
    // Nothing that could change the advice is a given: only the person's answers on the screens make it so.
    expect(state?.initial).toEqual({ region: ["lower_back"] });
    expect(state?.suggested).toMatchObject({ onsetDaysAgo: 1, fever: false, saddleNumbness: true });

    render(null, root());
    await act(() => render(<CheckScreen />, root()));
    await until(() => root().querySelector(".told-us") !== null);
    expect(root().querySelector(".told-us h2")?.textContent).toBe(t.toldTitle);
    expect(root().querySelector("h1")?.textContent).toBe(en.screens.follow_up_emergency.title);
    // The emergency advice comes first, before the answers are confirmed.
    expect(root().querySelector(".describe-banner[role=alert]")?.textContent).toContain(t.bannerEmergency);
    const fever = root().querySelector("#q-fever") as HTMLFieldSetElement;
    const no = [...fever.querySelectorAll("label")].find((label) => label.textContent === en.answers.no);
    expect(no?.querySelector("input")?.checked).toBe(true);
    const field = root().querySelector("#q-saddleNumbness") as HTMLFieldSetElement;
    const yes = [...field.querySelectorAll("label")].find((label) => label.textContent === en.answers.yes);
    expect(yes?.querySelector("input")?.checked).toBe(true);
    expect(field.querySelector(".from-text")?.textContent).toContain("can't feel anything down there");
    expect(field.getAttribute("aria-describedby")).toBe("q-saddleNumbness-note");
    // Confirming it is enough: the engine settles the emergency, the other questions need no answer.
    await act(() => (root().querySelector("button[type=submit]") as HTMLButtonElement).click());
    await until(() => check.value?.finishedOn != null);
    expect(check.value?.state.steps).toMatchObject([
      { screen: "follow_up_emergency", answers: { saddleNumbness: true, fever: false } },
    ]);
    expect(root().querySelector(".error-summary")).toBeNull();
  });
});
