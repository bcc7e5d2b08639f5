import type { Lang } from "@backtalk/engine";
import { computed } from "@preact/signals";
import { lang } from "../state/settings.ts";
import { diaryEn } from "./diary-en.ts";
import { diaryEs } from "./diary-es.ts";
import type { DiaryMessages } from "./diary-messages.ts";

/** The diary screens' words in the current language (see diary-messages.ts). */
export const DIARY: Readonly<Record<Lang, DiaryMessages>> = { en: diaryEn, es: diaryEs };

export const diaryText = computed(() => DIARY[lang.value]);
