import { lang as pageLang } from "../state/settings.ts";
import type { Segment } from "./highlight.ts";

/**
 * The person's words with the ones we used marked. A mark is underlined and shaded (not colour alone), and
 * names the facts it gave for screen readers, e.g. "moving a couch (How it started)".
 */
export function MarkedWords({
  segments,
  labels,
  label,
  lang,
}: {
  readonly segments: readonly Segment[];
  /** The short label of each fact, to say what a mark gave. */
  readonly labels: Readonly<Partial<Record<string, string>>>;
  readonly label: string;
  /** The language of the words, which may differ from the page's. */
  readonly lang: string;
}) {
  return (
    <blockquote class="marked-words">
      <span class="visually-hidden">{label}: </span>
      <span lang={lang}>
        {segments.map((segment, index) =>
          segment.facts.length === 0 ? (
            segment.text
          ) : (
            <span key={index}>
              <mark>{segment.text}</mark>
              <span class="visually-hidden" lang={pageLang.value}>
                {" "}
                ({segment.facts.map((fact) => labels[fact] ?? fact).join(", ")})
              </span>
            </span>
          ),
        )}
      </span>
    </blockquote>
  );
}
