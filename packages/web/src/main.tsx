import "./styles/app.css";
import { render } from "preact";
import { App, loadScreen } from "./app.tsx";
import { listenToHistory, route } from "./router.ts";
import { loadCheck } from "./state/check-state.ts";
import { loadSettings } from "./state/settings.ts";

/** Storage answers in milliseconds; if it hangs (a blocked upgrade), show the app with defaults. */
const withTimeout = (work: Promise<unknown>, ms: number) =>
  Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms))]);

async function boot(): Promise<void> {
  listenToHistory();
  await withTimeout(Promise.all([loadSettings(), loadCheck(), loadScreen(route.value)]), 2000);
  render(<App />, document.getElementById("app") as HTMLElement);
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
