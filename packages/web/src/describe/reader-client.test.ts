import { afterEach, describe, expect, it, vi } from "vitest";
import { readWords } from "./read-words.ts";
import { answer } from "./reader.worker.ts";
import { readInBackground } from "./reader-client.ts";

const TODAY = "2026-11-25";
const WORDS = "my back went yesterday and now I can't feel anything down there";

describe("the words reader off the main thread", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("the worker answers each request by its id with the reading readWords gives", () => {
    expect(answer({ id: 7, text: WORDS, uiLang: "en", today: TODAY })).toEqual({
      id: 7,
      understood: readWords(WORDS, "en", TODAY),
    });
    // A request the reader cannot read is answered as failed, never left waiting.
    const failed = answer({ id: 8, text: null as unknown as string, uiLang: "en", today: TODAY });
    expect([failed.id, "failed" in failed]).toEqual([8, true]);
  });

  it("reads on the page where there are no workers", async () => {
    vi.stubGlobal("Worker", undefined);
    expect(await readInBackground(WORDS, "en", TODAY)).toEqual(readWords(WORDS, "en", TODAY));
  });

  it("reads on the page when the worker cannot start, so no reading is lost", async () => {
    class BrokenWorker {
      onmessage: unknown = null;
      onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
      postMessage() {
        queueMicrotask(() => this.onerror?.({ message: "blocked", preventDefault() {} }));
      }
      terminate() {}
    }
    vi.stubGlobal("Worker", BrokenWorker);
    expect(await readInBackground(WORDS, "es", TODAY)).toEqual(readWords(WORDS, "es", TODAY));
  });
});
