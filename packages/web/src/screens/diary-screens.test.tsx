import { buildReport, demoDiary, localDate, REPORT_LABELS } from "@backtalk/engine";
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { diary, loadDiary, showDemo } from "../diary/diary-state.ts";
import { readStoredDiary } from "../diary/diary-store.ts";
import { lang } from "../state/settings.ts";
import { screenRoot } from "../testing/screen-root.test-support.ts";
import DiaryScreen from "./diary.tsx";
import MyDataScreen from "./my-data.tsx";
import ReportScreen from "./report.tsx";

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 30));
const root = screenRoot({
  before: () => {
    diary.value = null;
  },
});

describe("the diary screens show what the engine says", () => {
  it("the diary shows the engine's course statuses for the example, marked as example data", async () => {
    await showDemo();
    await act(() => render(<DiaryScreen />, root()));
    await act(settle);
    const report = buildReport(demoDiary({ today: localDate(new Date()) }), { lang: "en" });
    const statuses = [...root().querySelectorAll(".statuses li")].map((node) => node.textContent);
    expect(statuses).toEqual(report.statuses.map((status) => REPORT_LABELS.en.statuses[status]));
    expect(root().querySelector(".demo-banner")?.textContent).toContain("Example data");
    // No canvas here: the chart is not drawn, its text stays.
    expect(root().querySelector(".chart-summary")?.textContent).toMatch(/check-ins from/);
  });

  it("the report lists every rule that fired, in Spanish too", async () => {
    lang.value = "es";
    await showDemo();
    await act(() => render(<ReportScreen />, root()));
    await act(settle);
    const report = buildReport(demoDiary({ today: localDate(new Date()), lang: "es" }), { lang: "es" });
    const rules = [...root().querySelectorAll(".report-rules li")].map((node) => node.textContent ?? "");
    expect(rules).toHaveLength(report.rules.length);
    for (const [index, rule] of report.rules.entries()) expect(rules[index]).toContain(rule.title);
    expect(root().querySelector(".report-demo")?.textContent).toBe(REPORT_LABELS.es.demoBanner);
  });

  it.each(["en", "es"] as const)(
    "the diary and the report give every episode the same dates and length (%s)",
    async (language) => {
      lang.value = language;
      await showDemo();
      await act(() => render(<DiaryScreen />, root()));
      await act(settle);
      const onDiary = [...root().querySelectorAll(".episode-list li p")].map(
        (node) => node.textContent ?? "",
      );
      const onset = root().querySelector(".course-facts dd")?.textContent ?? "";
      render(null, root());
      await act(() => render(<ReportScreen />, root()));
      await act(settle);
      const onReport = [...root().querySelectorAll(".report-episodes li")].map(
        (node) => node.textContent ?? "",
      );
      const report = buildReport(demoDiary({ today: localDate(new Date()), lang: language }), {
        lang: language,
      });
      expect(onDiary).toHaveLength(3);
      expect(onReport).toHaveLength(3);
      // The diary lists the newest first, the report the oldest.
      for (const [index, episode] of report.episodes.entries()) {
        for (const text of [episode.text.range, episode.text.length]) {
          expect(onDiary[onDiary.length - 1 - index]).toContain(text);
          expect(onReport[index]).toContain(text);
        }
      }
      expect(onset).toBe(report.course.spanText?.started);
      expect(root().querySelector(".report-page")?.textContent).toContain(report.course.onsetText);
    },
  );

  it("my data refuses a foreign file whole and says what is wrong", async () => {
    await loadDiary();
    await act(() => render(<MyDataScreen />, root()));
    await act(settle);
    const input = root().querySelector<HTMLInputElement>("#import-file") as HTMLInputElement;
    const file = new File(
      [JSON.stringify({ format: "backtalk-diary", version: 1, checkIns: "x" })],
      "x.json",
    );
    Object.defineProperty(input, "files", { value: [file] });
    await act(() => (root().querySelector("form") as HTMLFormElement).requestSubmit());
    await act(settle);
    const alert = root().querySelector("[role=alert]");
    expect(alert?.textContent).toContain("Nothing was changed");
    expect(alert?.textContent).toContain("checkIns");
    expect((await readStoredDiary()).checkIns).toEqual([]);
  });
});
