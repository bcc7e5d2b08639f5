import { SOURCES, type SourceId } from "@backtalk/engine";

/** The published sources behind a rule or a piece of advice, as a short citation list. */
export function SourcesList({ ids, label }: { readonly ids: readonly SourceId[]; readonly label: string }) {
  if (ids.length === 0) return null;
  return (
    <div class="sources">
      <p class="sources-label">{label}</p>
      <ul>
        {[...new Set(ids)].map((id) => (
          <li key={id}>
            <cite>{SOURCES[id].title}</cite> ({SOURCES[id].year})
          </li>
        ))}
      </ul>
    </div>
  );
}
