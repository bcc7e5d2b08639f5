import { useEffect, useRef } from "preact/hooks";

interface ErrorSummaryProps<Problem> {
  readonly title: string;
  /** The problems found on the last submit; a new list moves the focus to the summary. */
  readonly problems: readonly Problem[];
  /** The id of the field a problem is about: its link moves the focus there. */
  readonly anchorOf: (problem: Problem) => string;
  readonly textOf: (problem: Problem) => string;
}

/**
 * "Please check these answers": a focused alert listing each problem as a link to its field, so keyboard and
 * screen-reader users land on the list and reach each field in one step.
 */
export function ErrorSummary<Problem>({ title, problems, anchorOf, textOf }: ErrorSummaryProps<Problem>) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div class="box error-summary" role="alert" tabIndex={-1} ref={summary}>
      <h2>{title}</h2>
      <ul>
        {problems.map((problem) => {
          const anchor = anchorOf(problem);
          return (
            <li key={anchor}>
              <a
                href={`#${anchor}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.querySelector<HTMLElement>(`#${anchor} input, #${anchor} [tabindex]`)?.focus();
                }}
              >
                {textOf(problem)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
