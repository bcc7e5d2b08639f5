import { type Lang, messagesFor } from "@backtalk/engine";
import type { ResultView } from "./assessment.ts";
import { chromeFor } from "./chrome.ts";
import { styleFor, widthOf } from "./text.ts";

export interface ViewOptions {
  readonly lang: Lang;
  readonly country: string | undefined;
  readonly stream?: NodeJS.WriteStream;
}

/** Everything the text renderers need, from the options and the terminal. */
export function resultView({ lang, country, stream = process.stdout }: ViewOptions): ResultView {
  return {
    lang,
    messages: messagesFor(lang),
    chrome: chromeFor(lang),
    country,
    width: widthOf(stream),
    style: styleFor(stream),
  };
}
