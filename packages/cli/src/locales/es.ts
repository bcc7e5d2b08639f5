import type { Chrome } from "./en.ts";

/** The command line's own words in Spanish. */
export const es: Chrome = {
  back: "Atrás",
  chooseHint: "Escriba para elegir, o use las flechas y Enter",
  numberHint: "Escriba un número, o pulse Enter si no lo sabe con seguridad",
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
  describePrompt: "Cuéntenos con sus propias palabras (Enter para saltar)",
  describePlaceholder: "p. ej. cuándo empezó, qué estaba haciendo, dónde le duele",
  understoodTitle: "Lo que entendimos de sus palabras:",
  understoodNone: "No encontramos nada que podamos usar en sus palabras. Se lo preguntaremos.",
  readAs: "Leído en: {lang}",
  langNames: { en: "inglés", es: "español" },
  signTag: "señal de alarma: le pediremos que la confirme",
  mixedLanguage:
    "No pudimos saber si esto está en inglés o en español, así que le haremos todas las preguntas sin respuestas elegidas.",
  denied: "usted dijo que no",
  uncertainLine: "No lo sabía con seguridad, así que se lo preguntaremos: {list}",
  askLeft:
    "Después le hacemos cada pregunta que podría cambiar el consejo, con la respuesta que sugieren sus palabras ya elegida. Revise cada una y cámbiela si no es correcta.",
  previewEmergency: "Por lo que escribió, esto puede necesitar atención de emergencia",
  previewUrgent: "Por lo que escribió, puede que necesite ver a un médico hoy",
  previewConfirm: "También le pediremos que lo confirme.",
  fromText: "Usted escribió {words}. Compruebe la respuesta elegida.",
  screensAfter: "Pantallas mostradas después de la descripción, en orden:",
  prefilled: "con respuestas tomadas de las palabras, para confirmar: {list}",
  moreReasons: "{count, plural, one {Hay # motivo más} other {Hay # motivos más}} más abajo.",
  otherReasons: "Más motivos",
};
