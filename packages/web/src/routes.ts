/**
 * The app's screens: the path of each, and the file in src/screens/ that draws it. The server's SPA fallback
 * and the service worker's navigation fallback serve index.html for every path; the build reads this table
 * to tell the server which chunks each path needs, so they can be preloaded. No DOM here: the build reads it.
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

export const SCREEN_FILES = {
  start: "start",
  check: "check",
  result: "result",
  plan: "plan",
  timer: "timer",
  walks: "walks",
  learn: "learn",
  diary: "diary",
  checkin: "check-in",
  report: "report",
  data: "my-data",
  not_found: "not-found",
} as const satisfies Record<ScreenName, string>;
