import {
  type Cause,
  countryFromLocale,
  emergencyNumbersFor,
  type FactId,
  format,
  type Level,
  messagesFor,
  type RuleId,
  ruleTitle,
  type ScreenView,
} from "@backtalk/engine";
import type { Locale } from "./env.ts";

/**
 * The engine's own texts for what a response names, in the negotiated language. Nothing here is written
 * by the server: it only looks texts up by id so an API client can show a result without a catalog.
 */
export interface Nameable {
  readonly level: Level | null;
  readonly rules: readonly { readonly id: RuleId; readonly facts: readonly FactId[] }[];
  readonly causes: readonly { readonly id: Cause }[];
}

export function assessmentTexts(assessment: Nameable, locale: Locale, country?: string) {
  const messages = messagesFor(locale);
  const numbers = emergencyNumbersFor(country);
  const level = messages.levels[assessment.level ?? "pending"];
  return {
    emergencyNumber: numbers,
    level: { ...level, action: format(level.action, { number: numbers.emergency }) },
    rules: Object.fromEntries(
      assessment.rules.map((rule) => [rule.id, { title: ruleTitle(rule.id, rule.facts, locale) }]),
    ),
    causes: Object.fromEntries(assessment.causes.map((cause) => [cause.id, messages.causes[cause.id]])),
  };
}

export function screenTexts(screen: ScreenView, locale: Locale) {
  const messages = messagesFor(locale);
  return {
    ...messages.screens[screen.id],
    questions: Object.fromEntries(
      screen.questions.map((question) => [question.fact, messages.facts[question.fact]]),
    ),
    answers: messages.answers,
  };
}

/** The person's country for the emergency number: an explicit ?country=GB, else the region of Accept-Language. */
export function countryOf(query: string | undefined, acceptLanguage: string | undefined): string | undefined {
  if (query && /^[A-Za-z]{2}$/.test(query)) return query.toUpperCase();
  return countryFromLocale(acceptLanguage?.split(",")[0]?.split(";")[0]?.trim());
}
