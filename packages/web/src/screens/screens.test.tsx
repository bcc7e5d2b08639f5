import { type Case, explain, nextStep, runOracle } from "@backtalk/engine";
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { completeFromTruth } from "../check/check-driver.test-support.ts";
import { newCheck } from "../check/check-session.ts";
import { check } from "../state/check-state.ts";
import { screenRoot } from "../testing/screen-root.test-support.ts";
import CheckScreen from "./check.tsx";
import ResultScreen from "./result.tsx";

const cases = Object.values(
  import.meta.glob<Case>("../../../../spec/cases/*.json", { eager: true, import: "default" }),
);
const sample = (id: string) => cases.find((candidate) => candidate.id === id) as Case;

const root = screenRoot();

describe("the screens show what the engine says", () => {
  it("the check shows the engine's next screen, and Continue hands the answers to the engine", async () => {
    check.value = newCheck();
    await act(() => render(<CheckScreen />, root()));
    const step = nextStep(newCheck().state);
    if (step.done) throw new Error("a new check starts with a screen");
    const shown = [...root().querySelectorAll("fieldset.question")].map((node) => node.id.slice(2));
    expect(shown).toEqual(step.screen.questions.map((question) => question.fact));
    const none = [...root().querySelectorAll("button")].find(
      (button) => button.textContent === "None of these",
    );
    await act(() => none?.click());
    await act(() => (root().querySelector("button[type=submit]") as HTMLButtonElement).click());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(check.value?.state.steps).toEqual([
      { screen: step.screen.id, answers: Object.fromEntries(shown.map((fact) => [fact, false])) },
    ]);
  });

  it("the result shows the engine's level, reasons and the local emergency number", async () => {
    const { facts } = sample("sample-01");
    check.value = completeFromTruth(newCheck(), facts, "2026-11-25");
    await act(() => render(<ResultScreen />, root()));
    const words = explain(runOracle(facts).assessment, { lang: "en", country: "US" });
    expect(root().querySelector("#level-title")?.textContent).toBe(words.headline.title);
    expect([...root().querySelectorAll(".reason h3")].map((node) => node.textContent)).toEqual(
      words.reasons.map((reason) => reason.title),
    );
    expect(root().querySelector(".level .call-button")?.getAttribute("href")).toBe("tel:911");
  });
});
