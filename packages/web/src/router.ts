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

export function navigate(
  name: keyof typeof ROUTES,
  options: { replace?: boolean; hash?: string } = {},
): void {
  const href = hrefOf(name, options.hash);
  if (options.replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  navigated.value = true;
  route.value = name;
  if (!options.hash) window.scrollTo(0, 0);
}

export function listenToHistory(): void {
  window.addEventListener("popstate", () => {
    navigated.value = true;
    route.value = screenFromPath(location.pathname);
  });
}

/** For <a href> links: keep normal browser behaviour for new tabs, route in place otherwise. */
export function onLinkClick(name: keyof typeof ROUTES) {
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
    navigate(name);
  };
}
