import { registerSW } from "virtual:pwa-register";
import { updateReady } from "./state/banners.ts";

/**
 * Registers the service worker that precaches the whole app (offline after the first visit). With
 * registerType "prompt" a new version waits until the person chooses to update, so a check in progress
 * is never reloaded under them.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateReady.value = () => void update(true);
    },
  });
}
