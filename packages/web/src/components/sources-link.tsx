import { hrefOf, onLinkClick } from "../router.ts";
import { ui } from "../state/settings.ts";

/** One link to the list of sources on Learn: the advice names no citation inline, where it would be noise. */
export function SourcesLink() {
  return (
    <p>
      <a href={hrefOf("learn", "sources")} onClick={onLinkClick("learn", "sources")}>
        {ui.value.result.sourcesLink}
      </a>
    </p>
  );
}
