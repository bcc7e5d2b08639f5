import { DEFAULT_LANG, LANGS, langOfTag } from "@backtalk/engine";
import type { Context, MiddlewareHandler } from "hono";
import type { Locale } from "../env.ts";
import { qualities } from "./accept.ts";
import { badQuery } from "./problem.ts";

export const LOCALES: readonly Locale[] = LANGS;

/**
 * The best of our locales for an Accept-Language header (RFC 9110 quality values; "es-MX" matches "es").
 * The default language when nothing matches or the header is absent or malformed.
 */
export const negotiateLocale = (header: string | undefined): Locale => matchLocale(header) ?? DEFAULT_LANG;

/** The best of our locales that an Accept-Language header names, or undefined when it names none of them. */
export function matchLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  let best: { locale: Locale; q: number } | undefined;
  for (const [tag, q] of qualities(header.slice(0, 512))) {
    const locale = LOCALES.find((candidate) => candidate === tag.split("-")[0]);
    if (locale && q > 0 && (best === undefined || q > best.q)) best = { locale, q };
  }
  return best?.locale;
}

/** The language a `?lang=` query names, when it is one we speak, in any case or with a region ("es-MX"). */
export const langQuery = (value: string | undefined): Locale | undefined => langOfTag(value);

/**
 * For API routes: a `?lang=` that names no language of ours is a 400 naming the choices, so a client that
 * asks for French learns it at once instead of getting English texts it did not ask for. (Pages fall back.)
 */
export const langQueryWeSpeak: MiddlewareHandler = async (c, next) => {
  const named = c.req.url.includes("lang=") ? c.req.query("lang") : undefined;
  if (named && langQuery(named) === undefined)
    throw badQuery("lang", `must be one of ${LOCALES.join(", ")} (a region is fine, e.g. es-MX)`);
  await next();
};

/** The language a request names, by ?lang= first, then Accept-Language; undefined when it names none of ours. */
export const requestedLocale = (c: Context): Locale | undefined =>
  langQuery(c.req.query("lang")) ?? matchLocale(c.req.header("accept-language"));
