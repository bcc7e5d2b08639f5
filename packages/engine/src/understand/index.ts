export { detectLanguage, languageOfText } from "./detect-language.ts";
export type { Lang } from "./lexicon.ts";
export { readDescription } from "./read-description.ts";
export { adviceBroughtForward, DESCRIPTIVE_FACTS, startFromWords } from "./suggestions.ts";
export { type Evidence, type UnderstandOptions, type Understood, understand } from "./understand.ts";
export { isUrgentSign, urgentSignsIn } from "./warning-signs.ts";
