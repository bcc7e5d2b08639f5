import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { HttpProblem } from "./problem.ts";
import { readCapped } from "./read-json.ts";

const FORM = "application/x-www-form-urlencoded";

/**
 * A form-encoded body (a FHIR search by POST) as [name, value] pairs, repeats kept: 413 past `limit` bytes,
 * 415 when a body comes with another media type. An empty body is no parameters.
 */
export async function readForm(c: Context<AppEnv>, limit: number): Promise<[string, string][]> {
  const bytes = await readCapped(c.req.raw, limit);
  if (bytes.byteLength === 0) return [];
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== FORM) {
    throw new HttpProblem({
      status: 415,
      slug: "unsupported-media-type",
      title: "Send the parameters form-encoded",
      detail: `set Content-Type to ${FORM}, or put the parameters in the query string`,
      headers: { "Accept-Post": FORM },
    });
  }
  return [...new URLSearchParams(new TextDecoder().decode(bytes))];
}
