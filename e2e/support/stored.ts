import type { Page } from "playwright-core";

/** What a stored record must show: a value at a JSON path, or only that the record exists. */
type Wanted = { readonly path: readonly string[]; readonly expected: unknown } | { readonly present: true };

/**
 * Waits until the app's IndexedDB record `key` is as wanted. The app writes each change as it happens; a test
 * that reloads at once must wait for that write, as a person would.
 */
function waitForRecord(page: Page, key: string, wanted: Wanted): Promise<unknown> {
  return page.waitForFunction(
    ({ key, wanted }) =>
      new Promise((resolve) => {
        const open = indexedDB.open("backtalk");
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const get = open.result.transaction("kv").objectStore("kv").get(key);
          get.onsuccess = () => {
            open.result.close();
            if ("present" in wanted) return resolve(get.result !== undefined);
            let value: unknown = get.result;
            for (const step of wanted.path) value = (value as Record<string, unknown> | undefined)?.[step];
            resolve(value === wanted.expected);
          };
          get.onerror = () => resolve(false);
        };
      }),
    { key, wanted },
  );
}

/** Waits until the record `key` holds `expected` at the JSON `path`. */
export async function waitForStored(
  page: Page,
  key: string,
  path: readonly string[],
  expected: unknown,
): Promise<void> {
  await waitForRecord(page, key, { path, expected });
}

/** Waits until the record `key` exists. */
export async function waitForKept(page: Page, key: string): Promise<void> {
  await waitForRecord(page, key, { present: true });
}
