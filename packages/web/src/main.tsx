import "./styles/app.css";
import { LANGS, type Lang } from "@backtalk/engine";
import { hydrate, render } from "preact";
import { App, loadScreen } from "./app.tsx";
import { listenToHistory, route } from "./router.ts";
import { loadCheck } from "./state/check-state.ts";
import { loadSettings, showLang } from "./state/settings.ts";

/** Storage answers in milliseconds; if it hangs (a blocked upgrade), show the app with defaults. */
const withTimeout = (work: Promise<unknown>, ms: number) =>
  Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms))]);

async function boot(): Promise<void> {
  listenToHistory();
  const root = document.getElementById("app") as HTMLElement;
  const drawnLang = LANGS.find((code: Lang) => code === document.documentElement.lang);
  if (root.firstElementChild && route.value === "start" && drawnLang) {
    // The server sent the start screen already drawn (a first visit): take it over as it is, in the state it
    // was drawn in, then let the stored choices change what they change.
    await showLang(drawnLang);
    hydrate(<App />, root);
    await withTimeout(Promise.all([loadSettings(), loadCheck()]), 2000);
  } else {
    await withTimeout(Promise.all([loadSettings(), loadCheck(), loadScreen(route.value)]), 2000);
    // The page may show a kept copy of the result screen (result-copy/early.ts): the app draws afresh.
    root.removeAttribute("aria-busy");
    root.replaceChildren();
    render(<App />, root);
  }
  // After the first screen: the offline cache, walk reminders and the cold-timer alerts, in lazy chunks.
  const later = () => {
    void import("./pwa.ts").then((module) => module.registerServiceWorker());
    void import("./walks/walk-session.ts").then((module) => module.startWalkSession());
    void import("./timer/cold-session.ts").then((module) => module.watchColdTimer());
  };
  if ("requestIdleCallback" in window) window.requestIdleCallback(later, { timeout: 2000 });
  else setTimeout(later, 500);
}

void boot();
