import type { Page } from "playwright-core";

export interface ReadFirst {
  /** Words shown on the result before its first folded section. */
  readonly beforeFold: number;
  /** Words from the top of the result to the end of "what to do now" (the level's action). */
  readonly untilAction: number;
}

/**
 * Counts the words a person sees on the result page, in reading order, skipping text that is hidden or only
 * for screen readers, and the options of a closed list. Stops at the first folded (<details>) section.
 */
export function readFirst(page: Page): Promise<ReadFirst> {
  return page.locator("article.result").evaluate((article) => {
    const fold = article.querySelector("details");
    const action = article.querySelector(".level-action");
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let words = 0;
    let untilAction = -1;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (fold && (fold === parent || fold.contains(node) || fold.compareDocumentPosition(node) & 4)) break;
      if (action && untilAction < 0 && action.compareDocumentPosition(node) & 4 && !action.contains(node))
        untilAction = words;
      if (!parent || parent.closest(".visually-hidden, option, [hidden]") || !parent.checkVisibility())
        continue;
      words += (node.textContent ?? "").split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    }
    return { beforeFold: words, untilAction: untilAction < 0 ? words : untilAction };
  });
}
