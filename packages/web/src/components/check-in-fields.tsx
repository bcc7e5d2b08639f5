import { type Messages, NOTE_MAX_LENGTH } from "@backtalk/engine";
import type { Zone } from "../diary/body-zones.ts";
import type { DiaryMessages } from "../i18n/diary-messages.ts";
import { BodyMap } from "./body-map.tsx";
import { LabelWithHint } from "./label-with-hint.tsx";

const PAIN_SCORES = Array.from({ length: 11 }, (_, score) => score);

/** How bad the pain is, 0 to 10, as eleven large radio buttons. */
export function PainScaleField(props: {
  readonly question: string;
  readonly value: number | undefined;
  readonly invalid: boolean;
  readonly onChange: (score: number) => void;
}) {
  return (
    <fieldset class={props.invalid ? "question invalid" : "question"} id="checkin-pain">
      <legend>{props.question}</legend>
      <div class="pain-scale">
        {PAIN_SCORES.map((score) => (
          <label class="option pain-option" key={score}>
            <input
              type="radio"
              name="painScore"
              value={score}
              checked={props.value === score}
              onChange={() => props.onChange(score)}
            />
            <span>{score}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Where it hurts: the body map, with a list for those who cannot use the picture. */
export function WhereField(props: {
  readonly zones: ReadonlySet<Zone>;
  readonly invalid: boolean;
  readonly onToggle: (zone: Zone) => void;
  readonly messages: Messages;
  readonly words: DiaryMessages;
}) {
  const { messages, words } = props;
  return (
    <fieldset
      class={props.invalid ? "question invalid" : "question"}
      id="checkin-where"
      aria-describedby="checkin-where-hint"
    >
      <legend>{messages.facts.region.question}</legend>
      <p class="hint" id="checkin-where-hint">
        {words.checkIn.whereHint}
      </p>
      <BodyMap {...props} />
    </fieldset>
  );
}

/** The person's own note: for them only, kept on the device and out of the doctor report. */
export function NoteField(props: {
  readonly value: string;
  readonly words: DiaryMessages;
  readonly onInput: (note: string) => void;
}) {
  const { words } = props;
  return (
    <div class="question note-field">
      <LabelWithHint
        for="checkin-note"
        label={words.checkIn.noteLabel}
        hintId="checkin-note-hint"
        hint={words.checkIn.noteHint}
      />
      <textarea
        id="checkin-note"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        aria-describedby="checkin-note-hint"
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}
