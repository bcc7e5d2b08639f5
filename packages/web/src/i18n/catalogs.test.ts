import { describeCatalogParity } from "@backtalk/engine/testing/catalog-parity";
import { UI } from "../state/settings.ts";
import { DIARY } from "./diary-words.ts";

describeCatalogParity("web app words", UI);
describeCatalogParity("diary words", DIARY);
