import { signal } from "@preact/signals";

/**
 * Named screens and their paths. Part 2 adds its screens here (diary, body map, chart, report, my data);
 * the server's SPA fallback and the service worker's navigation fallback serve index.html for every path.
 */
export const ROUTES = {
  start: "/",
  check: "/check",
  result: "/result",
  plan: "/plan",
  timer: "/timer",
  walks: "/walks",
  learn: "/learn",
  diary: "/diary",
  checkin: "/check-in",
  report: "/report",
  data: "/my-data",
} as const;

export type ScreenName = keyof typeof ROUTES | "not_found";

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
