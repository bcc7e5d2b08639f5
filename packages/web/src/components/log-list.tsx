import type { ComponentChildren } from "preact";

interface LogListProps<Item> {
  readonly items: readonly Item[];
  /** What to say when nothing is logged yet. */
  readonly none: string;
  readonly keyOf: (item: Item) => string | number | undefined;
  readonly line: (item: Item) => ComponentChildren;
}

/** Today's log of walks or cold rounds, one line each, or a sentence saying there is none yet. */
export function LogList<Item>({ items, none, keyOf, line }: LogListProps<Item>) {
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul class="log-list">
      {items.map((item) => (
        <li key={keyOf(item)}>{line(item)}</li>
      ))}
    </ul>
  );
}
