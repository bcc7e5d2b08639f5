import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deleteEverything } from "../diary/diary-store.ts";
import { country, lang } from "../state/settings.ts";
import { closeDb, DB_NAME } from "../storage/db.ts";
import { type CheckRecord, getKv, setKv } from "../storage/kv.ts";
import { copyKey, showResultCopy } from "./early.ts";
import { BUILD_ID, keepResultCopy } from "./keep.ts";

const finished = (finishedOn: string): CheckRecord => ({
  state: { initial: {}, steps: [] } as unknown as CheckRecord["state"],
  draft: null,
  finishedOn,
});

const DRAWN = '<main><h1>Your result</h1><p class="level-detail">Self-care at home</p></main>';

/** Resolves once every database transaction begun before it has finished (a read-write one waits for them). */
async function storageSettled(): Promise<void> {
  await new Promise<void>((done) => {
    const opening = indexedDB.open(DB_NAME);
    opening.onsuccess = () => {
      const db = opening.result;
      const tx = db.transaction("kv", "readwrite");
      tx.oncomplete = () => {
        db.close();
        done();
      };
    };
  });
}

describe("the result page's early copy", () => {
  let root: HTMLElement;
  beforeEach(() => {
    history.replaceState(null, "", "/result");
    root = document.createElement("div");
    root.id = "app";
    document.body.append(root);
    lang.value = "en";
    country.value = "US";
  });
  afterEach(async () => {
    root.remove();
    await closeDb();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = () => done(undefined);
    });
  });

  async function keepCopyOf(record: CheckRecord): Promise<void> {
    await setKv("check", record);
    await setKv("country", "US");
    const drawn = document.createElement("div");
    drawn.innerHTML = DRAWN;
    await keepResultCopy(record, drawn);
  }

  it("paints the copy kept of the stored check, marked busy until the app draws", async () => {
    await keepCopyOf(finished("2026-12-01"));
    showResultCopy(BUILD_ID, DB_NAME, "/result", copyKey);
    await vi.waitFor(() => expect(root.innerHTML).toBe(DRAWN));
    expect(root.getAttribute("aria-busy")).toBe("true");
  });

  it("shows the copy's buttons disabled, since only the app's scripts make them work", async () => {
    const record = finished("2026-12-01");
    await setKv("check", record);
    await setKv("country", "US");
    const drawn = document.createElement("div");
    drawn.innerHTML = `${DRAWN}<button type="button">Print</button><a href="/plan">Plan</a>`;
    await keepResultCopy(record, drawn);
    showResultCopy(BUILD_ID, DB_NAME, "/result", copyKey);
    await vi.waitFor(() => expect(root.querySelector("button")).not.toBeNull());
    expect(root.querySelector("button")?.disabled).toBe(true);
    expect(root.querySelector("a")?.getAttribute("href")).toBe("/plan");
  });

  it("paints nothing once the stored check has changed", async () => {
    await keepCopyOf(finished("2026-12-01"));
    await setKv("check", { ...finished("2026-12-01"), draft: { screen: "s1", answers: {} } });
    showResultCopy(BUILD_ID, DB_NAME, "/result", copyKey);
    await storageSettled();
    expect(root.innerHTML).toBe("");
  });

  it("paints nothing for another build, another path, or over a page already drawn", async () => {
    await keepCopyOf(finished("2026-12-01"));
    showResultCopy("another-build", DB_NAME, "/result", copyKey);
    showResultCopy(BUILD_ID, DB_NAME, "/plan", copyKey);
    await storageSettled();
    expect(root.innerHTML).toBe("");
    root.innerHTML = "<p>drawn by the app</p>";
    showResultCopy(BUILD_ID, DB_NAME, "/result", copyKey);
    await storageSettled();
    expect(root.innerHTML).toBe("<p>drawn by the app</p>");
  });

  it("keeps no copy when what is shown is not what is stored", async () => {
    await setKv("check", finished("2026-12-01"));
    const drawn = document.createElement("div");
    drawn.innerHTML = DRAWN;
    await keepResultCopy(finished("2026-12-02"), drawn);
    expect(await getKv("resultCopy")).toBeUndefined();
    // The stored country choice gives another country than the one shown.
    await setKv("country", "MX");
    await keepResultCopy(finished("2026-12-01"), drawn);
    expect(await getKv("resultCopy")).toBeUndefined();
  });

  it('is health data: "delete everything" removes it', async () => {
    await keepCopyOf(finished("2026-12-01"));
    expect(await getKv("resultCopy")).toBeDefined();
    await deleteEverything();
    expect(await getKv("resultCopy")).toBeUndefined();
  });

  it("makes no database on a device that never ran the app", async () => {
    await closeDb();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = () => done(undefined);
    });
    const open = vi.spyOn(indexedDB, "open");
    showResultCopy(BUILD_ID, DB_NAME, "/result", copyKey);
    const request = open.mock.results[0]?.value as IDBOpenDBRequest;
    await vi.waitFor(() => expect(request.readyState).toBe("done"));
    open.mockRestore();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(DB_NAME);
    expect(root.innerHTML).toBe("");
  });
});
