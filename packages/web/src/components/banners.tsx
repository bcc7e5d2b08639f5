import { reminder, updateReady } from "../state/banners.ts";
import { ui } from "../state/settings.ts";
import { Link } from "./link.tsx";

/** App-wide notices: a waiting update, a walk reminder. A polite live region so screen readers hear them. */
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
      {reminder.value === "walk" ? (
        <div class="banner">
          <p>
            <strong>{t.walks.notifyTitle}.</strong> {t.walks.notifyBody}
          </p>
          <Link to="walks" class="button secondary">
            {t.nav.walks}
          </Link>
          <button type="button" class="secondary" onClick={() => (reminder.value = null)}>
            {t.walks.dismiss}
          </button>
        </div>
      ) : null}
    </div>
  );
}
