import type { Lang } from "@backtalk/engine";

/**
 * The words of the "Tell us in your own words" box and of "What you told us" on the check. They are the
 * app's own words (how to use the box); what a fact is called and what a level means come from the engine's
 * locales. Kept beside the feature, typed, so tsc finds a key missing in one language.
 */
export interface DescribeMessages {
  readonly title: string;
  readonly optional: string;
  readonly label: string;
  readonly hint: string;
  readonly reading: string;
  readonly understoodTitle: string;
  readonly understoodHint: string;
  readonly wordsLabel: string;
  readonly nothingYet: string;
  readonly chipsLabel: string;
  /** Read by screen readers before a chip's words ("Remove: Age: 45 years"): a chip is a remove button. */
  readonly remove: string;
  readonly signTag: string;
  readonly removedTitle: string;
  readonly putBack: string;
  readonly askLater: string;
  readonly announce: string;
  readonly announceNone: string;
  readonly announceRemoved: string;
  readonly announcePutBack: string;
  readonly continue: string;
  readonly continueHint: string;
  readonly bannerEmergency: string;
  readonly bannerUrgent: string;
  readonly bannerBecause: string;
  readonly bannerConfirm: string;
  readonly toldTitle: string;
  readonly toldUsed: string;
  readonly toldNothing: string;
  readonly edit: string;
  /** Under a question pre-filled from the text: `{words}` are the person's own words. */
  readonly fromText: string;
  /** The same when the words deny it ("no fever"): the quoted words alone would read like a yes. */
  readonly fromTextDenied: string;
  readonly toConfirm: string;
  readonly bannerConfirmHere: string;
}

const en: DescribeMessages = {
  title: "Tell us in your own words",
  optional: "(optional)",
  label: "What is going on with your back?",
  hint: "For example: when it started, what you were doing, where it hurts, and anything else you noticed. You can skip this.",
  reading: "Reading what you wrote…",
  understoodTitle: "What we understood",
  understoodHint:
    "The words we used are underlined. If something below is wrong, press it to remove it. Next, you check each answer.",
  wordsLabel: "Your words",
  nothingYet:
    "We did not find anything we can use yet. You can write more, or just continue and we will ask you.",
  chipsLabel: "What we took from your words",
  remove: "Remove:",
  signTag: "Warning sign: we will ask you to confirm",
  removedTitle: "You removed:",
  putBack: "Put back: {item}",
  askLater: "You were not sure about these, so we will ask: {list}.",
  announce: "We understood {count} things from your words.",
  announceNone: "We did not find anything we can use yet.",
  announceRemoved: "Removed: {item}.",
  announcePutBack: "Put back: {item}.",
  continue: "Continue",
  continueHint:
    "Next, we ask every question that could change the advice. Answers from your words are filled in for you to check.",
  bannerEmergency: "From what you wrote, this may need emergency care",
  bannerUrgent: "From what you wrote, you may need to see a doctor today",
  bannerBecause: "Because you wrote about:",
  bannerConfirm: "We will also ask you to confirm this on the next page.",
  toldTitle: "What you told us",
  toldUsed: "We used:",
  toldNothing: "We did not take any answers from it.",
  edit: "Edit what you wrote",
  fromText: "We filled this in from what you wrote: “{words}”. Please check it.",
  fromTextDenied: "We filled this in from what you wrote: “{words}” (you said no). Please check it.",
  toConfirm: "filled in for you to check",
  bannerConfirmHere: "Please check your answers below.",
};

const es: DescribeMessages = {
  title: "Cuéntenos con sus propias palabras",
  optional: "(opcional)",
  label: "¿Qué le pasa en la espalda?",
  hint: "Por ejemplo: cuándo empezó, qué estaba haciendo, dónde le duele y cualquier otra cosa que haya notado. Puede saltarse esto.",
  reading: "Leyendo lo que escribió…",
  understoodTitle: "Lo que entendimos",
  understoodHint:
    "Las palabras que usamos están subrayadas. Si algo de abajo está mal, púlselo para quitarlo. Después revisará cada respuesta.",
  wordsLabel: "Sus palabras",
  nothingYet:
    "Todavía no encontramos nada que podamos usar. Puede escribir más, o continuar y se lo preguntaremos.",
  chipsLabel: "Lo que sacamos de sus palabras",
  remove: "Quitar:",
  signTag: "Señal de alarma: le pediremos que la confirme",
  removedTitle: "Usted quitó:",
  putBack: "Volver a poner: {item}",
  askLater: "No estaba seguro de esto, así que se lo preguntaremos: {list}.",
  announce: "Entendimos {count} cosas de sus palabras.",
  announceNone: "Todavía no encontramos nada que podamos usar.",
  announceRemoved: "Quitado: {item}.",
  announcePutBack: "Puesto de nuevo: {item}.",
  continue: "Continuar",
  continueHint:
    "Después le hacemos cada pregunta que podría cambiar el consejo. Las respuestas de sus palabras ya están marcadas para que las revise.",
  bannerEmergency: "Por lo que escribió, esto puede necesitar atención de emergencia",
  bannerUrgent: "Por lo que escribió, puede que necesite ver a un médico hoy",
  bannerBecause: "Porque escribió sobre:",
  bannerConfirm: "También le pediremos que lo confirme en la página siguiente.",
  toldTitle: "Lo que nos contó",
  toldUsed: "Usamos:",
  toldNothing: "No sacamos ninguna respuesta de ahí.",
  edit: "Cambiar lo que escribió",
  fromText: "Lo marcamos según lo que escribió: «{words}». Compruébelo, por favor.",
  fromTextDenied: "Lo marcamos según lo que escribió: «{words}» (usted dijo que no). Compruébelo, por favor.",
  toConfirm: "marcado para que lo revise",
  bannerConfirmHere: "Revise sus respuestas abajo, por favor.",
};

export const DESCRIBE_MESSAGES: Readonly<Record<Lang, DescribeMessages>> = { en, es };
