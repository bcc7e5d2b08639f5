import { LANGS, LANGUAGES } from "@backtalk/engine";
import { route } from "../router.ts";
import { lang, setLang, ui } from "../state/settings.ts";
import { EmergencyCall } from "./emergency-call.tsx";
import { Link } from "./link.tsx";

/**
 * On every screen: the emergency number one tap away, the language switch and the main navigation. During
 * the check and on its result the header is one compact row (no navigation), so the question or the
 * advice starts near the top; the brand goes home.
 */
export function Header() {
  const t = ui.value;
  const compact = route.value === "check" || route.value === "result";
  return (
    <header class={compact ? "site-header compact" : "site-header"}>
      <div class="header-row">
        <Link to="start" class="brand">
          <img src="/icons/icon.svg" alt="" width="28" height="28" />
          <span>BackTalk</span>
        </Link>
        <fieldset class="lang-switch">
          <legend class="visually-hidden">{t.language.label}</legend>
          {LANGS.map((code) => (
            <button
              key={code}
              type="button"
              class="lang-button"
              lang={code}
              aria-pressed={lang.value === code}
              onClick={() => setLang(code)}
            >
              {code.toUpperCase()}
              <span class="visually-hidden"> {LANGUAGES[code].name}</span>
            </button>
          ))}
        </fieldset>
        {compact ? <EmergencyCall variant="compact" /> : null}
      </div>
      {compact ? null : <EmergencyCall variant="header" />}
      {compact ? null : (
        <nav aria-label={t.nav.label}>
          <ul class="nav-list">
            <li>
              <Link to="check" class="nav-link">
                {t.nav.check}
              </Link>
            </li>
            <li>
              <Link to="diary" class="nav-link">
                {t.nav.diary}
              </Link>
            </li>
            <li>
              <Link to="plan" class="nav-link">
                {t.nav.plan}
              </Link>
            </li>
            <li>
              <Link to="timer" class="nav-link">
                {t.nav.timer}
              </Link>
            </li>
            <li>
              <Link to="walks" class="nav-link">
                {t.nav.walks}
              </Link>
            </li>
            <li>
              <Link to="learn" class="nav-link">
                {t.nav.learn}
              </Link>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}
