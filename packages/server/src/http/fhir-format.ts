import { qualities } from "./accept.ts";
import { HttpProblem } from "./problem.ts";

/**
 * The media types of FHIR JSON (FHIR R4 http.html#mime-type), with DSTU2's application/json+fhir, which older
 * clients (and HAPI's default Accept) still send.
 */
export const FHIR_JSON_TYPES = ["application/fhir+json", "application/json+fhir"] as const;
/** `_format` values and media types that mean FHIR JSON. */
const JSON_FORMATS = new Set(["json", "application/json", ...FHIR_JSON_TYPES]);
/** Media ranges under which FHIR JSON is acceptable. */
const JSON_RANGES = ["*/*", "application/*", "application/json", ...FHIR_JSON_TYPES];

/**
 * The media type of a `_format` value or Accept entry, without parameters, in lower case. A space inside it
 * was a "+" that the query string turned into a space (`_format=application/fhir+json` typed unencoded).
 */
const mediaType = (value: string): string =>
  value.split(";")[0]?.trim().toLowerCase().replace(/\s+/g, "+") ?? "";

const notAcceptable = (asked: string) =>
  new HttpProblem({
    status: 406,
    slug: "not-acceptable",
    title: "This server answers in FHIR JSON only",
    detail: `${asked}; ask for application/fhir+json (or _format=json)`,
  });

/**
 * Refuses, with 406, a FHIR request whose `_format` or Accept header rules JSON out (XML or Turtle only):
 * answering JSON to a client that can read only XML would fail in the client instead of here.
 * `_format` wins over Accept, as FHIR says; an Accept header naming no JSON range at all is refused.
 */
export function checkFhirFormat(format: string | undefined, accept: string | undefined): void {
  if (format !== undefined) {
    if (!JSON_FORMATS.has(mediaType(format))) throw notAcceptable(`_format=${format} is not served`);
    return;
  }
  const accepted = qualities(accept);
  // No header, or one that names nothing readable (",,,"), asks for nothing in particular (RFC 9110 §12.5.1).
  if (accepted.size === 0) return;
  if (!JSON_RANGES.some((range) => (accepted.get(range) ?? 0) > 0)) {
    throw notAcceptable(`Accept: ${(accept ?? "").slice(0, 100)} names no JSON`);
  }
}
