import { describeCatalogParity } from "@backtalk/engine/testing/catalog-parity";
import { CHROME } from "./chrome.ts";

describeCatalogParity("CLI words", CHROME);
