import type { Lexicon } from "./lexicon.ts";
import type { Normalized } from "./normalize.ts";
import { regex } from "./regex.ts";

/** Words in a question short enough to be a form's label ("numbness?", "any tingling?", "¿hormigueo?"). */
const LABEL_WORDS = 4;

/**
 * A short question answered with a place ("any numbness? only in my groin", "¿hormigueo? sí, en las nalgas")
 * reads as a label and its answer: its "?" becomes a comma, so the words on both sides are read together as the
 * person's statement. One character for one, so the text still maps to the original character by character.
 * An answer that names no place ("fever? not sure", "leaking? only when I cough") leaves the question asked.
 */
export function answeredLabels(norm: Normalized, lexicon: Lexicon): Normalized {
  if (!norm.text.includes("?")) return norm;
  const answer = regex(
    String.raw`^\s*(?:${lexicon.answerLabel}:?\s+)?(?:(?:${lexicon.answersYes})[\s,]+)?(?:${lexicon.answersWhere})\b`,
  );
  let text = norm.text;
  for (const mark of norm.text.matchAll(/\?/g)) {
    const before = norm.text.slice(0, mark.index);
    const question = before.slice(
      Math.max(...[".", "!", "?", ";", "\n"].map((end) => before.lastIndexOf(end))) + 1,
    );
    const words = question.match(/[a-zñ0-9']+/g) ?? [];
    if (words.length === 0 || words.length > LABEL_WORDS) continue;
    if (!answer.test(norm.text.slice(mark.index + 1))) continue;
    text = `${text.slice(0, mark.index)},${text.slice(mark.index + 1)}`;
  }
  return text === norm.text ? norm : { ...norm, text };
}
