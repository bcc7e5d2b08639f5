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
  describePrompt: "Tell us in your own words (Enter to skip)",
  describePlaceholder: "e.g. when it started, what you were doing, where it hurts",
  understoodTitle: "What we understood from your words:",
  understoodNone: "We did not find anything we can use in your words. We will ask you.",
  readAs: "Read as: {lang}",
  langNames: { en: "English", es: "Spanish" } satisfies Record<Lang, string> as Record<Lang, string>,
  signTag: "warning sign: we will ask you to confirm",
  mixedLanguage:
    "We could not tell whether this is English or Spanish, so we will ask every question without filling in answers.",
  denied: "you said no",
  uncertainLine: "You were not sure about these, so we will ask: {list}",
  askLeft:
    "Next, we ask every question that could change the advice, with the answers your words suggest already chosen. Check each one and change it if it is wrong.",
  previewEmergency: "From what you wrote, this may need emergency care",
  previewUrgent: "From what you wrote, you may need to see a doctor today",
  previewConfirm: "We will also ask you to confirm this.",
  fromText: "You wrote {words}. Check the answer chosen for you.",
  screensAfter: "Screens shown after the description, in order:",
  prefilled: "pre-filled from the words, to confirm: {list}",
  moreReasons: "{count, plural, one {# more reason is} other {# more reasons are}} listed further down.",
  otherReasons: "More reasons",
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
  uncertainLine: "No estaba seguro de esto, así que se lo preguntaremos: {list}",
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

export const CHROME: Readonly<Record<Lang, Chrome>> = { en, es };

export const chromeFor = (lang: Lang): Chrome => CHROME[lang];
