import type { ExplainedRule, FactId, Messages } from "@backtalk/engine";
import type { UiMessages } from "../i18n/ui-messages.ts";
import { LevelIcon } from "./icons.tsx";

/**
 * Every rule that fired, in the engine's words, with the person's own answers behind it. No rule ids and
 * no citations here: the sources are listed once, on Learn; the doctor report keeps the ids.
 */
export function Reasons(props: {
  readonly reasons: readonly ExplainedRule[];
  readonly messages: Messages;
  readonly ui: UiMessages;
  /** Offers "change this answer" beside each answer, when the check can still be changed. */
  readonly onChange?: (fact: FactId) => void;
  readonly none?: string | null;
}) {
  const { reasons, messages, ui, onChange } = props;
  // The engine's "no warning signs" line, or none (null) while an unsure answer is itself a reason.
  if (reasons.length === 0) return props.none === null ? null : <p>{props.none ?? messages.reasonsNone}</p>;
  return (
    <ol class="reasons">
      {reasons.map((rule) => (
        <li key={rule.id} class={`reason reason-${rule.level}`}>
          <h3>{rule.title}</h3>
          <p class="reason-level">
            <LevelIcon level={rule.level} />
            <span>{messages.levels[rule.level].short}</span>
          </p>
          {rule.facts.length > 0 ? (
            <dl class="evidence">
              {rule.facts.map((item) => (
                <div key={item.fact}>
                  <dt>{item.label}</dt>
                  <dd>
                    <span class="visually-hidden">{messages.yourAnswer}: </span>
                    {item.answer}
                    {onChange ? (
                      <>
                        {" "}
                        <button
                          type="button"
                          class="link-button no-print"
                          aria-label={`${ui.result.changeAnswer}: ${item.label}`}
                          onClick={() => onChange(item.fact)}
                        >
                          {ui.result.changeAnswer}
                        </button>
                      </>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
