import { signal } from "@preact/signals";
import { ROUTES, type ScreenName } from "./routes.ts";

export { ROUTES, type ScreenName } from "./routes.ts";

export function screenFromPath(pathname: string): ScreenName {
  const path = pathname.replace(/\/+$/, "") || "/";
  const found = (Object.entries(ROUTES) as [keyof typeof ROUTES, string][]).find(
    ([, route]) => route === path,
  );
  return found ? found[0] : "not_found";
}

export const hrefOf = (name: keyof typeof ROUTES, hash = ""): string =>
  ROUTES[name] + (hash ? `#${hash}` : "");

export const route = signal<ScreenName>(
  typeof location === "undefined" ? "start" : screenFromPath(location.pathname),
);

/** True after the first in-app navigation: from then on focus moves to each new screen's heading. */
export const navigated = signal(false);

/**
 * Moves to a screen, as a new history entry unless `replace`. `state` is kept with the entry (the check
 * stores where it stood), so Back, Forward and a reload can return there.
 */
export function navigate(
  name: keyof typeof ROUTES,
  options: { replace?: boolean; hash?: string; state?: unknown } = {},
): void {
  const href = hrefOf(name, options.hash);
  const state = options.state ?? null;
  if (options.replace) history.replaceState(state, "", href);
  else history.pushState(state, "", href);
  navigated.value = true;
  route.value = name;
  if (!options.hash) window.scrollTo(0, 0);
}

const historyListeners: (() => void)[] = [];

/**
 * Runs `listener` on every Back or Forward, before the screen changes, so state the screen shows (the check's
 * place) is already where the history entry says when the screen renders.
 */
export function onHistoryMove(listener: () => void): void {
  historyListeners.push(listener);
}

export function listenToHistory(): void {
  window.addEventListener("popstate", () => {
    for (const listener of historyListeners) listener();
    navigated.value = true;
    route.value = screenFromPath(location.pathname);
  });
}

/** For <a href> links: keep normal browser behaviour for new tabs, route in place otherwise. */
export function onLinkClick(name: keyof typeof ROUTES, hash = "") {
  return (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(name, hash ? { hash } : {});
  };
}
