import { render } from "preact";
import { afterEach, beforeEach } from "vitest";
import { checkLoaded } from "../state/check-state.ts";
import { country, lang } from "../state/settings.ts";
import { closeDb, DB_NAME } from "../storage/db.ts";

/**
 * A fresh element to render screens into before each test of the file, the app in English for the US with the
 * check loaded, and afterwards the element unmounted and the device's database closed and deleted, so no test
 * sees another's data. Call once at the top of a test file; `root()` is the element of the running test.
 */
export function screenRoot(options: { readonly before?: () => void } = {}): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement("div");
    document.body.append(root);
    lang.value = "en";
    country.value = "US";
    checkLoaded.value = true;
    options.before?.();
  });
  afterEach(async () => {
    if (root) {
      render(null, root);
      root.remove();
    }
    await closeDb();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = () => done(undefined);
    });
  });
  return () => {
    if (!root) throw new Error("screenRoot: use root() inside a test");
    return root;
  };
}
