import type { Lexicon } from "./lexicon.ts";
import type { Normalized } from "./normalize.ts";
import { regex } from "./regex.ts";
import { isLabelQuestion } from "./scope.ts";

/**
 * A short question (a form's label: `isLabelQuestion`) answered with a place ("any numbness? only in my groin",
 * "¿hormigueo? sí, en las nalgas") reads as a label and its answer: its "?" becomes a comma, so the words on both
 * sides are read together as the person's statement. One character for one, so the text still maps to the original character by character.
 * An answer that names no place ("fever? not sure", "leaking? only when I cough") leaves the question asked.
 */
export function answeredLabels(norm: Normalized, lexicon: Lexicon): Normalized {
  if (!norm.text.includes("?")) return norm;
  const answer = regex(
    String.raw`^\s*(?:${lexicon.answerLabel}:?\s+)?(?:(?:${lexicon.answersYes})[\s,]+)?(?:${lexicon.answersWhere})\b`,
  );
  let text = norm.text;
  for (const mark of norm.text.matchAll(/\?/g)) {
    // The question is what the sentence says before its "?".
    const question = /[^.!?;\n]*$/.exec(norm.text.slice(0, mark.index))?.[0] ?? "";
    if (!isLabelQuestion(question) || !answer.test(norm.text.slice(mark.index + 1))) continue;
    text = `${text.slice(0, mark.index)},${text.slice(mark.index + 1)}`;
  }
  return text === norm.text ? norm : { ...norm, text };
}
