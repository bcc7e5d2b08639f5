import { signal } from "@preact/signals";
import type { FunctionComponent } from "preact";
import { useEffect } from "preact/hooks";
import { Banners } from "./components/banners.tsx";
import { Footer } from "./components/footer.tsx";
import { Header } from "./components/header.tsx";
import { navigated, route, type ScreenName } from "./router.ts";
import { SCREEN_FILES } from "./routes.ts";
import { StartScreen } from "./screens/start.tsx";
import { ui } from "./state/settings.ts";

type ScreenModule = { default: FunctionComponent };

/** Every screen but the first is loaded on demand, so the first screen's JavaScript stays small. */
const SCREEN_MODULES = import.meta.glob<ScreenModule>([
  "./screens/*.tsx",
  "!./screens/start.tsx",
  "!./screens/*.test.tsx",
]);

const loadModule = (name: Exclude<ScreenName, "start">): Promise<ScreenModule> => {
  const load = SCREEN_MODULES[`./screens/${SCREEN_FILES[name]}.tsx`];
  if (!load) throw new Error(`no screen module for ${name}`);
  return load();
};

const loaded = signal<Partial<Record<ScreenName, FunctionComponent>>>({ start: StartScreen });

export function loadScreen(name: ScreenName): Promise<void> {
  if (name === "start" || loaded.value[name]) return Promise.resolve();
  return loadModule(name).then((module) => {
    loaded.value = { ...loaded.value, [name]: module.default };
  });
}

export function App() {
  const name = route.value;
  const Screen = loaded.value[name];
  const t = ui.value;

  useEffect(() => {
    void loadScreen(name);
  }, [name]);

  useEffect(() => {
    document.title = name === "start" || name === "not_found" ? "BackTalk" : `${t.nav[name]} · BackTalk`;
  }, [name, t]);

  // After moving to another screen, put focus on its heading so keyboard and screen reader users start there;
  // a link to one part of a screen (/learn#sources) lands on that part's heading.
  useEffect(() => {
    if (!Screen) return;
    const part = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    const heading = part?.querySelector<HTMLElement>("h2[tabindex]") ?? null;
    if (heading) {
      heading.focus();
      heading.scrollIntoView();
    } else if (navigated.value) document.querySelector<HTMLElement>("main h1")?.focus();
  }, [Screen, name]);

  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header />
      <Banners />
      <main id="main" tabIndex={-1}>
        {Screen ? <Screen /> : <p aria-busy="true">{t.loading}</p>}
      </main>
      <Footer />
    </>
  );
}
