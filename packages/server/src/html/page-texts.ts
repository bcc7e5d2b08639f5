import type { Locale } from "../env.ts";

/** The words of the server's own pages (not clinical content: that comes from the engine's catalogs). */
export const PAGE_TEXTS = {
  en: {
    sharedTitle: "Shared back pain report",
    sharedIntro: "A read-only copy that the person chose to share with you. It is not a diagnosis.",
    madeOn: "Made on {date}.",
    expiresOn: "This link stops working on {date}.",
    level: "Advice level",
    fact: "Question",
    answer: "Answer",
    yes: "Yes",
    no: "No",
    goneTitle: "This link no longer works",
    goneBody: "The shared report has expired or was turned off. Ask the person for a new link.",
    unknownTitle: "Link not found",
    unknownBody: "Check that the whole link was copied. Links stop working after a few weeks.",
    unavailableTitle: "The report cannot be shown right now",
    unavailableBody: "Our storage is not answering. Nothing was lost. Please reload this page in a minute.",
    noAppTitle: "BackTalk server",
    noAppBody:
      "The web app has not been built yet. Run npm run build, then restart the server. The API is ready:",
    apiDocs: "API documentation",
  },
  es: {
    sharedTitle: "Informe compartido sobre dolor de espalda",
    sharedIntro:
      "Una copia de solo lectura que la persona decidió compartir con usted. No es un diagnóstico.",
    madeOn: "Hecho el {date}.",
    expiresOn: "Este enlace deja de funcionar el {date}.",
    level: "Nivel de consejo",
    fact: "Pregunta",
    answer: "Respuesta",
    yes: "Sí",
    no: "No",
    goneTitle: "Este enlace ya no funciona",
    goneBody: "El informe compartido caducó o se desactivó. Pida a la persona un enlace nuevo.",
    unknownTitle: "Enlace no encontrado",
    unknownBody: "Compruebe que copió el enlace completo. Los enlaces dejan de funcionar tras unas semanas.",
    unavailableTitle: "El informe no se puede mostrar ahora",
    unavailableBody:
      "Nuestro almacenamiento no responde. No se perdió nada. Vuelva a cargar esta página en un minuto.",
    noAppTitle: "Servidor de BackTalk",
    noAppBody:
      "La aplicación web aún no está construida. Ejecute npm run build y reinicie el servidor. La API está lista:",
    apiDocs: "Documentación de la API",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type PageTexts = (typeof PAGE_TEXTS)[Locale];
