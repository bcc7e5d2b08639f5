import type { Page } from "playwright-core";

/**
 * Waits until the app's IndexedDB record `key` satisfies `expected` (a JSON path and value). The app writes
 * each change as it happens; a test that reloads at once must wait for that write, as a person would.
 */
export async function waitForStored(
  page: Page,
  key: string,
  path: readonly string[],
  expected: unknown,
): Promise<void> {
  await page.waitForFunction(
    ({ key, path, expected }) =>
      new Promise((resolve) => {
        const open = indexedDB.open("backtalk");
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const get = open.result.transaction("kv").objectStore("kv").get(key);
          get.onsuccess = () => {
            open.result.close();
            let value: unknown = get.result;
            for (const step of path) value = (value as Record<string, unknown> | undefined)?.[step];
            resolve(value === expected);
          };
          get.onerror = () => resolve(false);
        };
      }),
    { key, path, expected },
  );
}
