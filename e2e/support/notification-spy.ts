import type { BrowserContext } from "playwright-core";

/**
 * Headless Chromium shows no notifications that a test could read, so record every title the app asks to
 * show (through the service worker or the page) in `window.__notifications`.
 */
export async function spyOnNotifications(context: BrowserContext): Promise<void> {
  await context.grantPermissions(["notifications"]);
  await context.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { __notifications: string[] }).__notifications = shown;
    const original = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
      shown.push(title);
      return original.call(this, title, options).catch(() => undefined);
    };
    const Page = window.Notification;
    const Spy = function (this: unknown, title: string, options?: NotificationOptions) {
      shown.push(title);
      return new Page(title, options);
    } as unknown as typeof Notification;
    Object.defineProperty(Spy, "permission", { get: () => Page.permission });
    Spy.requestPermission = Page.requestPermission.bind(Page);
    window.Notification = Spy;
  });
}

/**
 * Records the timer's other alerts in `window.__alerts`: "tone" for each note the page plays with Web Audio
 * (no sound is heard in headless Chromium) and "vibrate" for each vibration asked for. Plain text, so tsx
 * adds no helper calls the page does not have.
 */
const ALERT_SPY = `
  const alerts = [];
  window.__alerts = alerts;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when) {
    alerts.push("tone");
    return start.call(this, when);
  };
  Object.defineProperty(Navigator.prototype, "vibrate", {
    configurable: true,
    value: function () {
      alerts.push("vibrate");
      return true;
    },
  });
`;

export async function spyOnAlerts(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: ALERT_SPY });
}
