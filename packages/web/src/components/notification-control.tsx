import { useState } from "preact/hooks";
import { askNotifyPermission, type NotifyPermission, notifyPermission } from "../notify.ts";
import { ui } from "../state/settings.ts";

/** Asks for notification permission only when the person presses the button, and says where it stands. */
export function NotificationControl() {
  const t = ui.value.notifications;
  const [permission, setPermission] = useState<NotifyPermission>(notifyPermission);
  if (permission === "unsupported") return <p class="hint">{t.unsupported}</p>;
  if (permission === "granted") return <p class="hint">{t.allowed}</p>;
  if (permission === "denied") return <p class="hint">{t.denied}</p>;
  return (
    <button type="button" class="secondary" onClick={() => void askNotifyPermission().then(setPermission)}>
      {t.allow}
    </button>
  );
}
