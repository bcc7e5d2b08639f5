import { FACT_KINDS, type FactId, type Messages } from "@backtalk/engine";
import { HowToTell } from "../components/how-to-tell.tsx";
import type { UiMessages } from "../i18n/ui-messages.ts";
import type { DraftValue } from "./check-session.ts";

interface FieldProps {
  readonly fact: FactId;
  readonly value: DraftValue | undefined;
  readonly error: string | undefined;
  /** Why an answer is already chosen, e.g. it was read from the person's own words and is theirs to confirm. */
  readonly note?: string | undefined;
  readonly messages: Messages;
  readonly ui: UiMessages;
  readonly onChange: (value: DraftValue | undefined) => void;
}

export const fieldId = (fact: FactId) => `q-${fact}`;

const kindOf = (fact: FactId) => FACT_KINDS[fact];

/** The words for one option of a choice question, from the engine's locale. */
function optionText(fact: FactId, option: string, messages: Messages): string {
  const texts = messages.facts[fact] as { options?: Readonly<Record<string, string>> };
  return texts.options?.[option] ?? option;
}

/**
 * One question of the engine's interview, drawn from the fact's kind: yes / no / not sure, a choice as
 * large radio cards, or a whole number. "Not sure" is always offered and stays unknown, never "no".
 */
export function QuestionField(props: FieldProps) {
  const { fact, value, error, note, messages } = props;
  const kind = kindOf(fact);
  const texts = messages.facts[fact];
  const errorId = `${fieldId(fact)}-error`;
  const noteId = `${fieldId(fact)}-note`;
  const findOut = "findOut" in texts ? (texts.findOut as string) : undefined;
  return (
    <fieldset
      class={error ? "question invalid" : "question"}
      id={fieldId(fact)}
      aria-describedby={[error ? errorId : "", note ? noteId : ""].join(" ").trim() || undefined}
    >
      <legend>{texts.question}</legend>
      <HowToTell
        text={"howToTell" in texts ? texts.howToTell : undefined}
        label={messages.unsure.howToTell}
      />
      {note ? (
        <p class="from-text" id={noteId}>
          {note}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {kind.type === "integer" ? <NumberInput {...props} /> : <Options {...props} />}
      <div aria-live="polite">
        {findOut && value === "dont_know" ? (
          <div class="find-out">
            <p class="find-out-title">{props.ui.check.findOutTitle}</p>
            <p>{findOut}</p>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}

function Options({ fact, value, messages, onChange }: FieldProps) {
  const kind = kindOf(fact);
  const choices: { value: DraftValue; label: string }[] =
    kind.type === "boolean"
      ? [
          { value: true, label: messages.answers.yes },
          { value: false, label: messages.answers.no },
        ]
      : kind.type === "choice"
        ? kind.options.map((option) => ({ value: option, label: optionText(fact, option, messages) }))
        : [];
  const many = choices.length > 3;
  return (
    <div class={many ? "options stacked" : "options"}>
      {[...choices, { value: "dont_know" as const, label: messages.answers.dontKnow }].map((choice) => (
        <label class="option" key={String(choice.value)}>
          <input
            type="radio"
            name={fact}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </div>
  );
}

function NumberInput({ fact, value, error, messages, onChange }: FieldProps) {
  const texts = messages.facts[fact];
  const unit = "unit" in texts ? texts.unit.other : undefined;
  const notSure = value === "dont_know";
  const inputId = `${fieldId(fact)}-input`;
  return (
    <div class="number-field">
      <label class="visually-hidden" for={inputId}>
        {unit ? `${texts.short} (${unit})` : texts.short}
      </label>
      <div class="number-row">
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          pattern="[0-9]*"
          maxLength={3}
          aria-invalid={error ? true : undefined}
          disabled={notSure}
          value={
            typeof value === "string" && !notSure ? value : typeof value === "number" ? String(value) : ""
          }
          onInput={(event) =>
            onChange(event.currentTarget.value === "" ? undefined : event.currentTarget.value)
          }
        />
        {unit ? <span aria-hidden="true">{unit}</span> : null}
      </div>
      <label class="option">
        <input
          type="checkbox"
          checked={notSure}
          onChange={() => onChange(notSure ? undefined : "dont_know")}
        />
        <span>{messages.answers.dontKnow}</span>
      </label>
    </div>
  );
}
