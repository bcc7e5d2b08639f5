import { type ExplainedRule, format, type Messages } from "@backtalk/engine";
import type { UiMessages } from "../i18n/ui-messages.ts";
import { LevelIcon } from "./icons.tsx";
import { SourcesList } from "./sources-list.tsx";

/** Every rule that fired, in the engine's words, with the person's own answers behind it and its sources. */
export function Reasons(props: {
  readonly reasons: readonly ExplainedRule[];
  readonly messages: Messages;
  readonly ui: UiMessages;
}) {
  const { reasons, messages, ui } = props;
  if (reasons.length === 0) return <p>{messages.reasonsNone}</p>;
  return (
    <ol class="reasons">
      {reasons.map((rule) => (
        <li key={rule.id} class={`reason reason-${rule.level}`}>
          <h3>{rule.title}</h3>
          <p class="reason-level">
            <LevelIcon level={rule.level} />
            <span>{messages.levels[rule.level].short}</span>
            <span class="meta"> · {format(ui.result.ruleLabel, { id: rule.id })}</span>
          </p>
          {rule.facts.length > 0 ? (
            <dl class="evidence">
              {rule.facts.map((item) => (
                <div key={item.fact}>
                  <dt>{item.label}</dt>
                  <dd>
                    <span class="visually-hidden">{messages.yourAnswer}: </span>
                    {item.answer}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          <SourcesList ids={rule.sources.map((source) => source.id)} label={ui.result.sourcesFor} />
        </li>
      ))}
    </ol>
  );
}
