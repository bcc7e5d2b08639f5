import { understand } from "@backtalk/engine";
import { readDescribedCases } from "../io.ts";
import { printJson, understoodJson } from "../render/json.ts";
import { wrap } from "../render/text.ts";
import { markedText, renderUnderstood } from "../render/understood.ts";
import { caseHeading, type OutputOptions, outputSettings } from "./common.ts";

export interface UnderstandOptions extends OutputOptions {
  readonly case: string;
  readonly json?: boolean;
}

/**
 * `backtalk understand --case FILE`: reads each case's description (the person's own words) with the engine's
 * `understand` and prints the facts found, the words each came from, what was written with doubt and the
 * warning signs. `--today` dates phrases such as "since Saturday"; the language of each text is detected.
 */
export function understandCommand(options: UnderstandOptions): string {
  const { today, view, chrome } = outputSettings(options);
  const { cases, many } = readDescribedCases(options.case, { factsOptional: true });
  const results = cases.map(({ id, description }) => ({
    id,
    description,
    understood: understand(description, { today }),
  }));
  if (options.json) {
    return printJson(
      results.map(({ id, understood }) => understoodJson(id, understood)),
      many,
    );
  }
  return results
    .map(({ id, description, understood }, index) =>
      [
        `${caseHeading(id, index, results.length, chrome.caseHeading, chrome.noId)}${wrap(
          markedText(description, understood, view),
          view.width,
        ).join("\n")}`,
        "",
        ...renderUnderstood(understood, view, chrome),
        "",
      ].join("\n"),
    )
    .join("\n");
}
