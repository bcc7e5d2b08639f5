import { useState } from "preact/hooks";
import { hideDemo, isDemo } from "../diary/diary-state.ts";
import { diaryText } from "../state/settings.ts";

/** On every diary screen while the example diary is shown: what it is, and how to clear it. */
export function DemoBanner() {
  const w = diaryText.value.demo;
  const [status, setStatus] = useState("");
  return (
    <div class="demo-area">
      {isDemo.value ? (
        <div class="notice demo-banner">
          <p>
            <strong>{w.banner}.</strong> {w.detail}
          </p>
          <button
            type="button"
            class="secondary"
            onClick={() => void hideDemo().then(() => setStatus(w.cleared))}
          >
            {w.clear}
          </button>
        </div>
      ) : null}
      <p role="status" class="announcement">
        {status}
      </p>
    </div>
  );
}
