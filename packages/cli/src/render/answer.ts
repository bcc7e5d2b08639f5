import type { FactId, Messages } from "@backtalk/engine";

/** The locale entry of one fact; every fact has a question and a short label, some have options or a unit. */
export interface FactText {
  readonly question: string;
  readonly short: string;
  readonly unit?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly findOut?: string;
}

export const factText = (messages: Messages, fact: FactId): FactText => messages.facts[fact] as FactText;
