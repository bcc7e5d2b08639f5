/// <reference lib="dom" />
/**
 * The result page, opened again on a slow network, waits seconds for the app's scripts. The page itself
 * carries a small inline script, made from `showResultCopy` at build time, that paints the copy of the result
 * screen the app kept when it last drew it (keep.ts), before any script file arrives; the app then draws the
 * page afresh over it. A copy is shown only when its key still matches: the same stored check, the same day,
 * the same language and country choices, the same browser languages and the same build. Anything else
 * (a new or changed check, another day, deleted data, a new release) shows nothing early.
 *
 * Both functions run as inline page script, so they import nothing and use nothing outside their own body.
 */

export interface StoredInputs {
  readonly check: unknown;
  readonly lang: unknown;
  readonly country: unknown;
}

/** The key a copy is valid for, made the same way by the app when it keeps a copy and by the page. */
export function copyKey(build: string, stored: StoredInputs): string {
  const now = new Date();
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].join("-");
  const languages = navigator.languages?.length ? [...navigator.languages] : [navigator.language];
  return JSON.stringify([
    build,
    day,
    stored.check ?? null,
    stored.lang ?? null,
    stored.country ?? null,
    languages,
  ]);
}

/** Paints the kept copy into #app when the page is `path`, nothing is drawn yet and the key matches. */
export function showResultCopy(build: string, dbName: string, path: string, keyOf: typeof copyKey): void {
  const root = document.getElementById("app");
  if (!root || root.hasChildNodes() || location.pathname.replace(/\/+$/, "") !== path) return;
  if (typeof indexedDB === "undefined") return;
  const opening = indexedDB.open(dbName);
  // A device that never ran the app has no database: do not make an empty one (the app makes it).
  opening.onupgradeneeded = () => opening.transaction?.abort();
  opening.onsuccess = () => {
    const db = opening.result;
    // Never hold up the app when it opens the database to upgrade it.
    db.onversionchange = () => db.close();
    try {
      const kv = db.transaction("kv").objectStore("kv");
      const values: Record<string, unknown> = {};
      const names = ["check", "lang", "country", "resultCopy"];
      let pending = names.length;
      for (const name of names) {
        const request = kv.get(name);
        request.onsuccess = () => {
          values[name] = request.result;
          pending -= 1;
          if (pending > 0) return;
          db.close();
          const copy = values.resultCopy as { key?: unknown; html?: unknown } | undefined;
          const key = keyOf(build, { check: values.check, lang: values.lang, country: values.country });
          // The app may have drawn the page meanwhile: it always wins.
          if (typeof copy?.html !== "string" || copy.key !== key || root.hasChildNodes()) return;
          root.innerHTML = copy.html;
          root.setAttribute("aria-busy", "true");
          // Its buttons need the app's scripts: shown disabled, not dead, until the app draws the page afresh.
          for (const button of root.querySelectorAll("button")) button.disabled = true;
        };
      }
    } catch {
      db.close();
    }
  };
}
