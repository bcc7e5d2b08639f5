import { describeCatalogParity } from "@backtalk/engine/testing/catalog-parity";
import { eachLanguage, UI } from "./every-language.test-support.ts";

describeCatalogParity("web app words", UI);
describeCatalogParity(
  "diary words",
  eachLanguage((words) => words.diary),
);
describeCatalogParity(
  "own-words box",
  eachLanguage((words) => words.describe),
);
