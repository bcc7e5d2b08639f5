/**
 * The words of the server's own pages in English. Clinical content never lives here: it comes from the engine's
 * catalogs. Every other language has this shape (`PageTexts`), so tsc names a missing key.
 */
export const en = {
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
};

export type PageTexts = { readonly [Key in keyof typeof en]: string };
