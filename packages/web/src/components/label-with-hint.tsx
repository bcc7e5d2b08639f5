/** A text field's label and the hint under it; the field names the hint with aria-describedby={hintId}. */
export function LabelWithHint(props: {
  readonly for: string;
  readonly label: string;
  readonly hintId: string;
  readonly hint: string;
  readonly labelClass?: string;
}) {
  return (
    <>
      <label for={props.for} class={props.labelClass}>
        {props.label}
      </label>
      <p id={props.hintId} class="hint">
        {props.hint}
      </p>
    </>
  );
}
