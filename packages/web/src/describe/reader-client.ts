import type { Lang, Understood } from "@backtalk/engine";
import type { ReadAnswer, ReadRequest } from "./reader-protocol.ts";

type Reading = { resolve: (understood: Understood) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, Reading>();

/** The words read on the page itself: where workers are missing, or the worker's script cannot load. */
async function readHere(request: Omit<ReadRequest, "id">): Promise<Understood> {
  const { readWords } = await import("./read-words.ts");
  return readWords(request.text, request.uiLang, request.today);
}

function failAll(reason: string): void {
  worker?.terminate();
  worker = undefined;
  for (const reading of waiting.values()) reading.reject(new Error(reason));
  waiting.clear();
}

function startWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    const started = new Worker(new URL("./reader.worker.ts", import.meta.url), { type: "module" });
    started.onmessage = (event: MessageEvent<ReadAnswer>) => {
      const reading = waiting.get(event.data.id);
      if (!reading) return;
      waiting.delete(event.data.id);
      if ("understood" in event.data) reading.resolve(event.data.understood);
      else reading.reject(new Error(event.data.failed));
    };
    started.onerror = (event) => {
      event.preventDefault();
      failAll(event.message || "the reader could not start");
    };
    return started;
  } catch {
    return undefined;
  }
}

/**
 * The person's words read in a worker, so the page keeps answering keys while the reader builds its
 * patterns. Should the worker fail, the words are read on the page instead: a reading is never lost.
 */
export async function readInBackground(text: string, uiLang: Lang, today: string): Promise<Understood> {
  worker ??= startWorker();
  if (!worker) return readHere({ text, uiLang, today });
  const id = ++lastId;
  const reading = new Promise<Understood>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ id, text, uiLang, today } satisfies ReadRequest);
  try {
    return await reading;
  } catch {
    return readHere({ text, uiLang, today });
  }
}
