import type { ComponentChildren } from "preact";
import { hrefOf, onLinkClick, type ROUTES, route } from "../router.ts";

interface LinkProps {
  readonly to: keyof typeof ROUTES;
  readonly class?: string;
  readonly children: ComponentChildren;
}

/** An ordinary link that routes inside the app; marks the current screen for assistive technology. */
export function Link({ to, class: className, children }: LinkProps) {
  return (
    <a
      href={hrefOf(to)}
      class={className}
      onClick={onLinkClick(to)}
      aria-current={route.value === to ? "page" : undefined}
    >
      {children}
    </a>
  );
}
