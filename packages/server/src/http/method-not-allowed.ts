import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { HttpProblem } from "./problem.ts";

interface RegisteredRoute {
  readonly method: string;
  readonly path: string;
}

/** "/api/shares/:token" -> a pattern for the concrete path; wildcard routes (static files) are not addresses. */
const patternOf = (path: string) =>
  new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}/?$`);

/**
 * Which methods each registered address answers (only the addresses `include` keeps), read from the app's own
 * route table (middleware, registered for ALL methods, and wildcard routes do not count). Built on first use,
 * after every route is registered.
 */
export function allowedMethods(
  routes: () => readonly RegisteredRoute[],
  include: (routePath: string) => boolean = () => true,
): (path: string) => string[] {
  let table: { pattern: RegExp; method: string }[] | undefined;
  return (path) => {
    table ??= routes()
      .filter((route) => route.method !== "ALL" && !route.path.includes("*"))
      .filter((route) => include(route.path))
      .map((route) => ({ pattern: patternOf(route.path), method: route.method }));
    const methods = new Set(table.filter((route) => route.pattern.test(path)).map((route) => route.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}

/** 405 with Allow when the address exists for other methods; undefined when it does not exist at all. */
export function methodNotAllowed(c: Context<AppEnv>, allowed: readonly string[]): HttpProblem | undefined {
  if (allowed.length === 0 || allowed.includes(c.req.method)) return undefined;
  return new HttpProblem({
    status: 405,
    slug: "method-not-allowed",
    title: "This address does not answer to that method",
    detail: `use ${allowed.join(", ")}`,
    headers: { Allow: allowed.join(", ") },
  });
}

/**
 * OPTIONS on a known address (RFC 9110 §9.3.7): 204 with Allow, for clients and gateways that ask before they
 * call; undefined for other methods or unknown addresses. Browsers' CORS preflights are answered before this,
 * by the CORS middleware, when CORS_ORIGINS lists origins.
 */
export function optionsAnswer(c: Context<AppEnv>, allowed: readonly string[]): Response | undefined {
  if (c.req.method !== "OPTIONS" || allowed.length === 0) return undefined;
  c.header("Allow", [...allowed, "OPTIONS"].join(", "));
  return c.body(null, 204);
}
