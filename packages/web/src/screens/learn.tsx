import {
  CAUSES,
  CONTENT_REVIEWED,
  explainGeneralPlan,
  format,
  KNOWLEDGE_VERSION,
  SOURCES,
  type SourceId,
} from "@backtalk/engine";
import { useMemo } from "preact/hooks";
import { PlanView } from "../components/plan-view.tsx";
import { lang, text, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

const SECTIONS = ["causes", "self-care", "sources", "disclaimer"] as const;

/** Plain-language pages on the causes and on self-care, the sources, and the full disclaimer. */
export default function LearnScreen() {
  const t = ui.value.learn;
  const messages = text.value;
  // The general plan: what the engine advises before knowing anything about the person.
  const plan = useMemo(() => explainGeneralPlan({ lang: lang.value, today: today() }), [lang.value]);
  const titles = {
    causes: t.causesTitle,
    "self-care": t.selfCareTitle,
    sources: t.sourcesTitle,
    disclaimer: t.disclaimerTitle,
  } as const;
  return (
    <div class="learn">
      <h1 tabIndex={-1}>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <nav aria-labelledby="learn-contents" class="contents">
        <h2 id="learn-contents">{t.contents}</h2>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{titles[id]}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="causes" aria-labelledby="causes-title">
        <h2 id="causes-title" tabIndex={-1}>
          {t.causesTitle}
        </h2>
        <p>{t.causesIntro}</p>
        <p>{messages.causesIntro}</p>
        {CAUSES.map((cause) => (
          <div key={cause} class="cause">
            <h3>{messages.causes[cause].name}</h3>
            <p>{messages.causes[cause].explanation}</p>
          </div>
        ))}
      </section>

      <section id="self-care" aria-labelledby="self-care-title">
        <h2 id="self-care-title" tabIndex={-1}>
          {t.selfCareTitle}
        </h2>
        <p>{t.selfCareIntro}</p>
        <PlanView sections={plan.sections} ui={ui.value} level={3} dates={false} />
      </section>

      <section id="sources" aria-labelledby="sources-title">
        <h2 id="sources-title" tabIndex={-1}>
          {t.sourcesTitle}
        </h2>
        <p>{t.sourcesIntro}</p>
        <ol class="source-list">
          {(Object.keys(SOURCES) as SourceId[]).map((id) => (
            <li key={id}>
              <cite>{SOURCES[id].title}</cite> ({SOURCES[id].year})
            </li>
          ))}
        </ol>
      </section>

      <section id="disclaimer" aria-labelledby="disclaimer-title">
        <h2 id="disclaimer-title" tabIndex={-1}>
          {t.disclaimerTitle}
        </h2>
        {messages.disclaimer.full.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p class="meta">
          {format(messages.knowledgeVersion, { version: KNOWLEDGE_VERSION, date: CONTENT_REVIEWED })}
        </p>
      </section>
    </div>
  );
}
