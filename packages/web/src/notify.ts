/** Notifications, when the person allowed them. The page shows the same message either way. */
export type NotifyPermission = NotificationPermission | "unsupported";

export function notifyPermission(): NotifyPermission {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}

export async function askNotifyPermission(): Promise<NotifyPermission> {
  if (typeof Notification === "undefined") return "unsupported";
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

/** Shows a notification through the service worker (needed on phones), else directly. */
export async function notify(title: string, body: string, tag: string): Promise<boolean> {
  if (notifyPermission() !== "granted") return false;
  const options = { body, tag, icon: "/icons/icon-192.png", lang: document.documentElement.lang };
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) {
      await registration.showNotification(title, options);
      return true;
    }
  } catch {
    // Fall through to a page notification.
  }
  try {
    new Notification(title, options);
    return true;
  } catch {
    return false;
  }
}
