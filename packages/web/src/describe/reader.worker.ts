import { readWords } from "./read-words.ts";
import type { ReadAnswer, ReadRequest } from "./reader-protocol.ts";

/**
 * The words reader off the page's main thread: its first reading builds hundreds of patterns (about a
 * quarter of a second on a laptop, over a second on a slow phone), and keys typed meanwhile would wait.
 */
export function answer(request: ReadRequest): ReadAnswer {
  try {
    return { id: request.id, understood: readWords(request.text, request.uiLang, request.today) };
  } catch (error) {
    return { id: request.id, failed: String(error) };
  }
}

/** The worker's global scope, as far as this file uses it (the app's types describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadAnswer): void;
}

const scope = globalThis as unknown as WorkerScope;
if (typeof window === "undefined") scope.onmessage = (event) => scope.postMessage(answer(event.data));
