import type { Lang, Understood } from "@backtalk/engine";

/** What the page asks the reader's worker: read these words. */
export interface ReadRequest {
  readonly id: number;
  readonly text: string;
  readonly uiLang: Lang;
  readonly today: string;
}

/** The worker's answer to the request with the same id. */
export type ReadAnswer =
  | { readonly id: number; readonly understood: Understood }
  | { readonly id: number; readonly failed: string };
