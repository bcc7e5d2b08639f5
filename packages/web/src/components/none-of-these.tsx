interface NoneOfTheseProps {
  readonly label: string;
  /** What the button does ("Sets every question in this list to No"). */
  readonly hint: string;
  readonly hintId: string;
  readonly onClick: () => void;
}

/** "None of these" for a list of yes/no warning signs; placed after the list, so it is read before it is chosen. */
export function NoneOfThese({ label, hint, hintId, onClick }: NoneOfTheseProps) {
  return (
    <div class="none-of-these">
      <button type="button" class="secondary" onClick={onClick} aria-describedby={hintId}>
        {label}
      </button>
      <span id={hintId} class="hint">
        {hint}
      </span>
    </div>
  );
}
