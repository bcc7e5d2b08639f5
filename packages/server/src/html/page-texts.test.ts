import { describeCatalogParity } from "@backtalk/engine/testing/catalog-parity";
import { PAGE_TEXTS } from "./page-texts.ts";

describeCatalogParity("server page words", PAGE_TEXTS);
