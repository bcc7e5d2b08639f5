import { computed } from "@preact/signals";
import { lang } from "../state/settings.ts";
import { diaryEn } from "./diary-en.ts";
import { diaryEs } from "./diary-es.ts";

/** The diary screens' words in the current language (see diary-messages.ts). */
export const diaryText = computed(() => (lang.value === "es" ? diaryEs : diaryEn));
