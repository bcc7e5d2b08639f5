import { CONTENT_REVIEWED, format, KNOWLEDGE_VERSION } from "@backtalk/engine";
import { text, ui } from "../state/settings.ts";
import { CountryPicker } from "./country-picker.tsx";
import { Link } from "./link.tsx";

export function Footer() {
  const messages = text.value;
  return (
    <footer class="site-footer">
      <div class="footer-inner">
        <CountryPicker />
        <p>{messages.disclaimer.short}</p>
        <p>
          <Link to="learn">{ui.value.footer.learnMore}</Link>
        </p>
        <p>
          <Link to="data">{ui.value.nav.data}</Link>
        </p>
        <p class="meta">
          {format(messages.knowledgeVersion, { version: KNOWLEDGE_VERSION, date: CONTENT_REVIEWED })}
        </p>
      </div>
    </footer>
  );
}
