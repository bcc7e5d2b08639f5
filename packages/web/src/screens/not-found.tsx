import { Link } from "../components/link.tsx";
import { ui } from "../state/settings.ts";

export default function NotFoundScreen() {
  const t = ui.value.notFound;
  return (
    <div>
      <h1 tabIndex={-1}>{t.title}</h1>
      <p>{t.body}</p>
      <Link to="start" class="button primary">
        {t.home}
      </Link>
    </div>
  );
}
