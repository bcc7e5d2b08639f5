import type { ComponentChildren } from "preact";

/** A part of the result folded under its title (native <details>: keyboard and screen-reader friendly). */
export function Fold({ title, children }: { readonly title: string; readonly children: ComponentChildren }) {
  return (
    <details class="fold">
      <summary>
        <span class="fold-title">{title}</span>
      </summary>
      {children}
    </details>
  );
}
