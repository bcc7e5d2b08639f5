import { isUnderstood, type Lang, type Understood, understand } from "@backtalk/engine";

const size = (understood: Understood) => Object.keys(understood.facts).length + understood.uncertain.length;

/**
 * Reads the words. The language of the app is a hint: the language detected wins when it understands more,
 * so a Spanish description typed in the English app is still read in Spanish; on a tie the app's language wins.
 * An app language whose words the engine does not read is no hint.
 */
export function readWords(text: string, uiLang: Lang, today: string): Understood {
  const detected = understand(text, { today });
  if (detected.lang === uiLang || !isUnderstood(uiLang)) return detected;
  const hinted = understand(text, { lang: uiLang, today });
  return size(hinted) >= size(detected) ? hinted : detected;
}
