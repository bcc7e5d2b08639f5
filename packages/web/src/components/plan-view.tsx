import type { PlanSection } from "@backtalk/engine";
import type { UiMessages } from "../i18n/ui-messages.ts";
import type { ROUTES } from "../router.ts";
import { LevelIcon } from "./icons.tsx";
import { Link } from "./link.tsx";
import { SourcesList } from "./sources-list.tsx";

interface PlanViewProps {
  /** The plan as the engine words it (`explain(...).plan.sections`). */
  readonly sections: readonly PlanSection[];
  readonly ui: UiMessages;
  /** Heading level of the sections: 2 on the plan page, 3 inside the result and Learn. */
  readonly level: 2 | 3;
  /** Links to the timer and walk screens. */
  readonly links?: boolean;
  /** The dated lines (better by, check in again on): only for a plan made from a check. */
  readonly dates?: boolean;
  /** Each section's sources; off on the result, which links to the one list on Learn instead. */
  readonly sources?: boolean;
}

const SECTION_LINKS: Partial<
  Record<PlanSection["id"], { to: keyof typeof ROUTES; label: (ui: UiMessages) => string }>
> = {
  walking: { to: "walks", label: (ui) => ui.plan.openWalks },
  cold: { to: "timer", label: (ui) => ui.plan.openTimer },
};

/** The engine's self-care plan in the engine's words: rest, walks, cold and heat, when to get help. */
export function PlanView({
  sections,
  ui,
  level,
  links = true,
  dates = true,
  sources: cite = true,
}: PlanViewProps) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <div class="plan">
      {sections.map((section) => {
        // The watch-for section opens with the dated lines; a general plan has no dates to give.
        const paragraphs = section.id === "watchFor" && !dates ? [] : section.paragraphs;
        if (paragraphs.length === 0 && section.lists.every((list) => list.items.length === 0)) return null;
        const link = links ? SECTION_LINKS[section.id] : undefined;
        const sources = cite ? section.sources.map((source) => source.id) : [];
        return (
          <section class="plan-item" key={section.id}>
            <H>{section.title}</H>
            <PlanParagraphs section={{ ...section, paragraphs }} />
            <PlanLists lists={section.lists} />
            {link ? (
              <p class="no-print">
                <Link to={link.to}>{link.label(ui)}</Link>
              </p>
            ) : null}
            {sources.length > 0 ? <SourcesList ids={sources} label={ui.result.sourcesFor} /> : null}
          </section>
        );
      })}
    </div>
  );
}

/** A section's paragraphs; in the cold section, those after the first are warnings (numb skin). */
function PlanParagraphs({ section }: { readonly section: PlanSection }) {
  return (
    <>
      {section.paragraphs.map((paragraph, index) => (
        <p
          key={paragraph}
          class={
            section.id === "cold" && index > 0
              ? "notice warning"
              : section.id === "watchFor"
                ? "plan-date"
                : ""
          }
        >
          {paragraph}
        </p>
      ))}
    </>
  );
}

/** A section's bulleted lists: cautions, or warning signs by level with the level's icon. */
export function PlanLists({ lists }: { readonly lists: PlanSection["lists"] }) {
  return (
    <>
      {lists
        .filter((list) => list.items.length > 0)
        .map((list) => (
          <div key={list.heading} class={list.level ? `watch watch-${list.level}` : "cautions"}>
            <p class={list.level ? "watch-title" : "cautions-title"}>
              {list.level ? <LevelIcon level={list.level} /> : null}
              <span>{list.heading}</span>
            </p>
            <ul>
              {list.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
    </>
  );
}

/** Who should not use cold or heat, with the numb-skin warning first when the person reported numbness. */
export function ColdCautions({ section }: { readonly section: PlanSection | undefined }) {
  if (!section) return null;
  return (
    <div class="cautions">
      {section.paragraphs.slice(1).map((warning) => (
        <p key={warning} class="notice warning">
          {warning}
        </p>
      ))}
      <PlanLists lists={section.lists} />
    </div>
  );
}
