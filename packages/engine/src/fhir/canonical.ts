/**
 * Where BackTalk's FHIR artefacts live. Every canonical URL (Questionnaire, CodeSystem, ValueSet, extension)
 * is built from one base, so a server can put its own public address (PUBLIC_BASE_URL) in every resource.
 * The default is used where no server is involved (the offline app's report).
 */
export const DEFAULT_FHIR_BASE = "https://backtalk.example/fhir";

/** `${base}/${type}/${id}`, tolerant of a trailing slash on the base. */
export const canonical = (base: string, type: string, id: string): string =>
  `${base.replace(/\/+$/, "")}/${type}/${id}`;
