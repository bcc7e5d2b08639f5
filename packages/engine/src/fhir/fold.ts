/** FHIR string matching ignores case and accents: "Médico" and "medico" compare equal. */
export const foldForSearch = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
