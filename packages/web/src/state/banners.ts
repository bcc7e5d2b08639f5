import { signal } from "@preact/signals";

/** Set by the service worker registration when a new version waits; calling it activates the update. */
export const updateReady = signal<(() => void) | null>(null);
/** A reminder raised while the app is open (a walk is due), shown on every screen until dismissed. */
export const reminder = signal<"walk" | null>(null);
