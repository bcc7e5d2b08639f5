import type { Lang } from "@backtalk/engine";

/**
 * The command line's own words: how to use the prompts, never anything clinical (questions, levels, advice and
 * plans all come from the engine's locales).
 */
const en = {
  back: "Back",
  chooseHint: "Type to choose, or use the arrow keys and Enter",
  numberHint: "Type a number, or press Enter if you're not sure",
  notAWholeNumber: "Please type a whole number from {min} to {max}, or leave it empty.",
  notAWholeNumberFrom: "Please type a whole number of at least {min}, or leave it empty.",
  cancelled: "Stopped. Nothing was saved.",
  needsTerminal:
    "backtalk check asks questions and needs a terminal. Give the answers with --answers FILE, or use backtalk assess --case FILE.",
  step: "Step {answered}",
  result: "Your result",
  caseHeading: "Case {id}",
  noId: "(no id)",
  asked: "Screens shown, in order:",
  wrotePdf: "Saved the report as {file}",
};

export type Chrome = typeof en;

const es: Chrome = {
  back: "Atrás",
  chooseHint: "Escriba para elegir, o use las flechas y Enter",
  numberHint: "Escriba un número, o pulse Enter si no está seguro",
  notAWholeNumber: "Escriba un número entero del {min} al {max}, o déjelo vacío.",
  notAWholeNumberFrom: "Escriba un número entero de {min} o más, o déjelo vacío.",
  cancelled: "Detenido. No se guardó nada.",
  needsTerminal:
    "backtalk check hace preguntas y necesita una terminal. Dé las respuestas con --answers ARCHIVO, o use backtalk assess --case ARCHIVO.",
  step: "Paso {answered}",
  result: "Su resultado",
  caseHeading: "Caso {id}",
  noId: "(sin id)",
  asked: "Pantallas mostradas, en orden:",
  wrotePdf: "Informe guardado como {file}",
};

export const chromeFor = (lang: Lang): Chrome => (lang === "es" ? es : en);
