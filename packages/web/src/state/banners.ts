import { signal } from "@preact/signals";

/** Set by the service worker registration when a new version waits; calling it activates the update. */
export const updateReady = signal<(() => void) | null>(null);
/**
 * A reminder raised while the app is open, shown on every screen until dismissed: a walk is due, a cold
 * round is over (take the pack off), or the skin rest is over.
 */
export type Reminder = "walk" | "coldDone" | "coldRestOver";
export const reminder = signal<Reminder | null>(null);
