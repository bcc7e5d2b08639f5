export { detectLanguage } from "./detect-language.ts";
export type { Lang } from "./lexicon.ts";
export { mergeUnderstood } from "./merge-understood.ts";
export { type Evidence, type UnderstandOptions, type Understood, understand } from "./understand.ts";
export { isUrgentSign, urgentSignsIn } from "./warning-signs.ts";
