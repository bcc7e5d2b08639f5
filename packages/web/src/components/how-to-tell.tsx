/**
 * A warning sign's short "how to tell" aid, folded so the question or the reason stays short: one line
 * until opened. It helps a person answer yes or no instead of "not sure".
 */
export function HowToTell({ text, label }: { readonly text: string | undefined; readonly label: string }) {
  if (!text) return null;
  return (
    <details class="fold how-to-tell">
      <summary>{label}</summary>
      <p>{text}</p>
    </details>
  );
}
