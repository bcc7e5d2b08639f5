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
import { CausesList } from "../components/causes-list.tsx";
import { PlanView } from "../components/plan-view.tsx";
import { TitledSection } from "../components/titled-section.tsx";
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

      <TitledSection id="causes" title={titles.causes} anchor>
        <p>{t.causesIntro}</p>
        <p>{messages.causesIntro}</p>
        <CausesList
          causes={CAUSES.map((id) => ({
            id,
            name: messages.causes[id].name,
            explanation: messages.causes[id].explanation,
          }))}
        />
      </TitledSection>

      <TitledSection id="self-care" title={titles["self-care"]} anchor>
        <p>{t.selfCareIntro}</p>
        <PlanView sections={plan.sections} ui={ui.value} level={3} dates={false} />
      </TitledSection>

      <TitledSection id="sources" title={titles.sources} anchor>
        <p>{t.sourcesIntro}</p>
        <ol class="source-list">
          {(Object.keys(SOURCES) as SourceId[]).map((id) => (
            <li key={id}>
              <cite>{SOURCES[id].title}</cite> ({SOURCES[id].year})
            </li>
          ))}
        </ol>
      </TitledSection>

      <TitledSection id="disclaimer" title={titles.disclaimer} anchor>
        {messages.disclaimer.full.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p class="meta">
          {format(messages.knowledgeVersion, { version: KNOWLEDGE_VERSION, date: CONTENT_REVIEWED })}
        </p>
      </TitledSection>
    </div>
  );
}
