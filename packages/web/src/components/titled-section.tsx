import type { ComponentChildren } from "preact";

interface TitledSectionProps {
  /** The section's id; its heading is `${id}-title` and names the section for screen readers. */
  readonly id: string;
  readonly title: string;
  readonly children: ComponentChildren;
  readonly class?: string;
  /** Set when the section is a link target (its heading takes the focus). */
  readonly anchor?: boolean;
}

/** A page section named by its own h2, the way every screen groups its parts. */
export function TitledSection({ id, title, children, class: className, anchor }: TitledSectionProps) {
  return (
    <section id={anchor ? id : undefined} class={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={anchor ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
