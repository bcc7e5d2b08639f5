import { DEFAULT_LANG } from "@backtalk/engine";
import { html, layout } from "../html/layout.ts";
import { OPENAPI, PROBLEM_TYPES } from "./openapi.ts";

type Operation = { summary?: string; description?: string };

/** A plain page listing every endpoint and problem type; the machine-readable version is /api/openapi.json. */
export function renderDocsPage(): string {
  const rows = Object.entries(OPENAPI.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(
      ([method, operation]) =>
        html`<tr><td><code>${method.toUpperCase()} ${path}</code></td><td>${operation.summary ?? ""}${
          operation.description ? html`<br><small>${operation.description}</small>` : ""
        }</td></tr>`,
    ),
  );
  const problems = Object.entries(PROBLEM_TYPES).map(
    ([slug, text]) => html`<dt id="problem-${slug}"><code>${slug}</code></dt><dd>${text}</dd>`,
  );
  return layout(
    DEFAULT_LANG,
    "BackTalk API",
    html`<h1>BackTalk API</h1><p>${OPENAPI.info.description}</p>
<p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a></p>
<h2>Endpoints</h2><table><tbody>${rows}</tbody></table>
<h2>Problem types</h2><dl>${problems}</dl>`,
  );
}
