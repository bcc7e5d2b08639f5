import {
  answerText,
  CONTENT_REVIEWED,
  type FactId,
  type FactValue,
  format,
  formatDate,
  KNOWLEDGE_VERSION,
  messagesFor,
} from "@backtalk/engine";
import type { Locale } from "../env.ts";
import type { CheckSnapshot as Snapshot } from "../shares/snapshot.ts";
import { assessmentTexts } from "../texts.ts";
import { html, layout, type SafeHtml } from "./layout.ts";
import { PAGE_TEXTS } from "./page-texts.ts";

export interface ShareMeta {
  readonly createdAt: string;
  readonly expiresAt: string;
}

function factRows(facts: readonly FactId[], snapshot: Snapshot, locale: Locale): SafeHtml {
  const messages = messagesFor(locale);
  const words = PAGE_TEXTS[locale];
  if (facts.length === 0) return html``;
  return html`<table><thead><tr><th scope="col">${words.fact}</th><th scope="col">${words.answer}</th></tr></thead><tbody>${facts.map(
    (fact) =>
      html`<tr><td>${messages.facts[fact].short}</td><td>${answerText(fact, snapshot.facts?.[fact] as FactValue | undefined, locale)}</td></tr>`,
  )}</tbody></table>`;
}

/**
 * The read-only page a doctor sees for a share link. Every text comes from the engine's catalogs, looked up
 * by the ids the snapshot was validated against; the person's answers are escaped like everything else.
 */
export function renderShareReport(snapshot: Snapshot, meta: ShareMeta, locale: Locale): string {
  const messages = messagesFor(locale);
  const words = PAGE_TEXTS[locale];
  const { assessment } = snapshot;
  const texts = assessmentTexts(assessment, locale);
  const levelId = assessment.level ?? "pending";
  const version =
    assessment.knowledgeVersion === KNOWLEDGE_VERSION
      ? format(messages.knowledgeVersion, { version: KNOWLEDGE_VERSION, date: CONTENT_REVIEWED })
      : format(messages.knowledgeVersion, { version: assessment.knowledgeVersion, date: "?" });
  const body = html`
<h1>${words.sharedTitle}</h1>
<p class="note">${words.sharedIntro} ${format(words.madeOn, { date: formatDate(snapshot.createdAt ?? meta.createdAt, locale, "long") })}</p>
<section class="level level-${levelId}" aria-label="${words.level}">
<h2>${texts.level.title}</h2>
<p>${texts.level.short}</p>
</section>
<h2>${messages.reasonsIntro}</h2>
${
  assessment.rules.length === 0 || (assessment.rules.length === 1 && assessment.rules[0]?.id === "SC")
    ? html`<p>${messages.reasonsNone}</p>`
    : assessment.rules.map(
        (rule) =>
          html`<h3>${texts.rules[rule.id]?.title ?? rule.id} <small>(${rule.id})</small></h3>${factRows(rule.facts, snapshot, locale)}`,
      )
}
${
  assessment.causes.length > 0 &&
  html`<h2>${messages.causesIntro}</h2><ul>${assessment.causes.map(
    (cause) => html`<li>${texts.causes[cause.id]?.name ?? cause.id}</li>`,
  )}</ul>`
}
${
  (assessment.missing?.length ?? 0) > 0 &&
  html`<h2>${messages.missingIntro}</h2><ul>${(assessment.missing ?? []).map(
    (fact) => html`<li>${messages.facts[fact].short}</li>`,
  )}</ul>`
}
<footer><p>${messages.disclaimer.short}</p><p>${version}. ${format(words.expiresOn, { date: formatDate(meta.expiresAt, locale, "long") })}</p></footer>`;
  return layout(locale, words.sharedTitle, body);
}

/** The page for a link that expired, was revoked, or never existed. */
export function renderLinkProblem(kind: "gone" | "unknown" | "unavailable", locale: Locale): string {
  const words = PAGE_TEXTS[locale];
  const [title, text] =
    kind === "gone"
      ? [words.goneTitle, words.goneBody]
      : kind === "unavailable"
        ? [words.unavailableTitle, words.unavailableBody]
        : [words.unknownTitle, words.unknownBody];
  return layout(locale, title, html`<h1>${title}</h1><p>${text}</p>`);
}
