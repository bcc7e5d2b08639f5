import type { Explanation } from "@backtalk/engine";

/** Possible causes, each with its plain-language explanation, in the engine's words and order. */
export function CausesList({ causes }: { readonly causes: Explanation["causes"] }) {
  return (
    <ul class="causes">
      {causes.map((cause) => (
        <li key={cause.id}>
          <h3>{cause.name}</h3>
          <p>{cause.explanation}</p>
        </li>
      ))}
    </ul>
  );
}
