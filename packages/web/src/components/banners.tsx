import { type Reminder, reminder, updateReady } from "../state/banners.ts";
import { ui } from "../state/settings.ts";
import { Link } from "./link.tsx";

/** App-wide notices: a waiting update, a walk or cold-timer reminder. A polite live region so screen readers hear them. */
export function Banners() {
  const t = ui.value;
  const update = updateReady.value;
  return (
    <div class="banners" role="status">
      {update ? (
        <div class="banner">
          <p>{t.update.ready}</p>
          <button type="button" class="secondary" onClick={update}>
            {t.update.reload}
          </button>
        </div>
      ) : null}
      {reminder.value ? <ReminderBanner kind={reminder.value} /> : null}
    </div>
  );
}

function ReminderBanner({ kind }: { readonly kind: Reminder }) {
  const t = ui.value;
  const [title, body, to] =
    kind === "walk"
      ? [t.walks.notifyTitle, t.walks.notifyBody, "walks" as const]
      : kind === "coldDone"
        ? [t.timer.notifyDoneTitle, t.timer.notifyDoneBody, "timer" as const]
        : [t.timer.notifyRestTitle, t.timer.notifyRestBody, "timer" as const];
  return (
    <div class="banner">
      <p>
        <strong>{title}.</strong> {body}
      </p>
      <Link to={to} class="button secondary">
        {to === "walks" ? t.nav.walks : t.nav.timer}
      </Link>
      <button type="button" class="secondary" onClick={() => (reminder.value = null)}>
        {t.walks.dismiss}
      </button>
    </div>
  );
}
