import { type Answer, FACT_KINDS, factText, format, type Messages, type Question } from "@backtalk/engine";
import { autocomplete, isCancel, log, text } from "@clack/prompts";

import type { Chrome } from "./render/chrome.ts";
import { wrap } from "./render/text.ts";

export const BACK = Symbol("back");
export const CANCEL = Symbol("cancel");
export type Asked = Answer | typeof BACK | typeof CANCEL;

const DONT_KNOW = "dont_know";
const BACK_VALUE = "__back__";

/** Lower case without accents, so "si" finds "Sí" and "pequeno" finds "pequeño". */
const fold = (value: string) =>
  value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** A choice by arrow keys or by typing the start of an answer ("y", "no", "not", "sí"). */
async function choose(
  message: string,
  options: { value: string; label: string }[],
  chrome: Chrome,
  initialValue?: string,
) {
  const picked = await autocomplete<string>({
    message,
    options,
    ...(initialValue === undefined ? {} : { initialValue }),
    placeholder: chrome.chooseHint,
    maxItems: 8,
    filter: (search, option) =>
      fold(option.label ?? String(option.value))
        .replace(/^[^\p{L}\p{N}]+/u, "")
        .startsWith(fold(search.trim())),
  });
  return isCancel(picked) ? CANCEL : picked;
}

async function askNumber(
  message: string,
  min: number,
  max: number | undefined,
  chrome: Chrome,
  initialValue?: string,
) {
  const typed = await text({
    message,
    ...(initialValue === undefined ? {} : { initialValue }),
    placeholder: chrome.numberHint,
    validate: (value) => {
      const trimmed = (value ?? "").trim();
      if (trimmed === "") return undefined;
      const number = Number(trimmed);
      if (/^\d+$/.test(trimmed) && number >= min && (max === undefined || number <= max)) return undefined;
      return max === undefined
        ? format(chrome.notAWholeNumberFrom, { min })
        : format(chrome.notAWholeNumber, { min, max });
    },
  });
  if (isCancel(typed)) return CANCEL;
  const trimmed = (typed ?? "").trim();
  return trimmed === "" ? DONT_KNOW : Number(trimmed);
}

/**
 * Asks one question of the interview: yes / no / not sure, one of the options or not sure, or a number
 * (empty means not sure). "Not sure" is always possible and stays unknown. Where the person can find out
 * (take their temperature), "not sure" shows how, and the question is asked once more. `preselect` is an
 * answer chosen in advance (a warning sign read from the person's words): it is only the starting choice,
 * and counts once the person confirms it with Enter.
 */
export async function askQuestion(
  question: Pick<Question, "fact" | "canFindOut">,
  messages: Messages,
  chrome: Chrome,
  canGoBack: boolean,
  width: number,
  preselect?: Answer,
): Promise<Asked> {
  const fact = factText(messages, question.fact);
  const kind = FACT_KINDS[question.fact];
  const initial =
    preselect === undefined || preselect === DONT_KNOW
      ? undefined
      : typeof preselect === "boolean"
        ? preselect
          ? "yes"
          : "no"
        : String(Array.isArray(preselect) ? preselect[0] : preselect);
  const extra = [
    { value: DONT_KNOW, label: messages.answers.dontKnow },
    ...(canGoBack ? [{ value: BACK_VALUE, label: `← ${chrome.back}` }] : []),
  ];
  const once = async (): Promise<Asked> => {
    if (kind.type === "integer") {
      const label = fact.unit ? `${fact.question} (${fact.unit.other})` : fact.question;
      return askNumber(label, kind.min, kind.max, chrome, initial);
    }
    const options =
      kind.type === "boolean"
        ? [
            { value: "yes", label: messages.answers.yes },
            { value: "no", label: messages.answers.no },
          ]
        : kind.options.map((code) => ({ value: code, label: fact.options?.[code] ?? code }));
    const picked = await choose(fact.question, [...options, ...extra], chrome, initial);
    if (picked === CANCEL || picked === DONT_KNOW) return picked;
    if (picked === BACK_VALUE) return BACK;
    if (kind.type === "boolean") return picked === "yes";
    return (kind.type === "choices" ? [picked] : picked) as Answer;
  };
  const first = await once();
  if (first !== DONT_KNOW || !question.canFindOut || !fact.findOut) return first;
  log.info(wrap(fact.findOut, width - 4).join("\n"));
  return once();
}
