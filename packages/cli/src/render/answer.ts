import type { FactId, FactValue, Messages } from "@backtalk/engine";

/** The locale entry of one fact; every fact has a question and a short label, some have options or a unit. */
export interface FactText {
  readonly question: string;
  readonly short: string;
  readonly unit?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly findOut?: string;
}

export const factText = (messages: Messages, fact: FactId): FactText => messages.facts[fact] as FactText;

/** A person's answer in their language: "Yes", "Below the knee", "67 years". Undefined shows as "not answered". */
export function answerText(messages: Messages, fact: FactId, value: FactValue | undefined): string {
  if (value === undefined) return messages.unknownAnswer;
  const text = factText(messages, fact);
  if (typeof value === "boolean") return value ? messages.answers.yes : messages.answers.no;
  if (typeof value === "number") return text.unit ? `${value} ${text.unit}` : String(value);
  const values: readonly string[] = Array.isArray(value) ? value : [value as string];
  return values.map((code) => text.options?.[code] ?? code).join(", ");
}
