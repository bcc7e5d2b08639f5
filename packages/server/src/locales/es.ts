import type { PageTexts } from "./en.ts";

/** The words of the server's own pages in Spanish. */
export const es: PageTexts = {
  sharedTitle: "Informe compartido sobre dolor de espalda",
  sharedIntro: "Una copia de solo lectura que la persona decidió compartir con usted. No es un diagnóstico.",
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
};
