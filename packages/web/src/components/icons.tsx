import type { Level } from "@backtalk/engine";

/**
 * Small inline icons. Every level has its own shape as well as its colour and words, so colour is never
 * the only signal. Decorative: the words beside them carry the meaning.
 */
const PATHS: Record<Level | "pending", string> = {
  // Triangle with an exclamation mark.
  emergency: "M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z",
  // Clock.
  urgent:
    "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3v6l5 3 1-1.7-4-2.4V7h-2z",
  // Calendar.
  soon: "M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7zM5 9h14v11H5V9zm2 2v3h3v-3H7z",
  // House.
  self_care: "M12 3 2 12h3v9h6v-6h2v6h6v-9h3L12 3z",
  // Question mark in a circle.
  pending:
    "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 15a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM12 5a4 4 0 0 1 4 4c0 1.6-1 2.4-1.9 3.1-.7.5-1.1.9-1.1 1.4V15h-2v-1.5c0-1.5 1-2.3 1.8-2.9.7-.5 1.2-.9 1.2-1.6a2 2 0 0 0-4 0H8a4 4 0 0 1 4-4z",
};

export function LevelIcon({
  level,
  heading,
}: {
  readonly level: Level | "pending";
  readonly heading?: boolean;
}) {
  return (
    <svg
      class={heading ? "level-icon heading-icon" : "level-icon"}
      viewBox="0 0 24 24"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[level]} fill="currentColor" />
    </svg>
  );
}

export function PhoneIcon() {
  return (
    <svg class="inline-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1l-2.3 2.2z"
      />
    </svg>
  );
}
