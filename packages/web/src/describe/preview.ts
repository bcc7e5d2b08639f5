import { type Assessment, explain, type Lang, type Level } from "@backtalk/engine";

/** The advice for warning signs in the words, when it is to get help now or today. */
export interface Preview {
  readonly level: Extract<Level, "emergency" | "urgent">;
  readonly action: string;
  readonly detail: string;
  /** The rules behind it, in the engine's words. */
  readonly reasons: readonly string[];
}

/** The engine's words for advice brought forward: its headline and the reasons at its level. */
export function previewOfAssessment(
  assessment: Assessment,
  options: { lang: Lang; country: string | undefined },
): Preview | null {
  const level = assessment.level;
  if (level !== "emergency" && level !== "urgent") return null;
  const words = explain(assessment, options);
  return {
    level,
    action: words.headline.action,
    detail: words.headline.detail,
    reasons: [...new Set(words.reasons.filter((rule) => rule.level === level).map((rule) => rule.title))],
  };
}
