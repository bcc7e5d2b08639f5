import type { Assessment, OracleRun, Understood } from "@backtalk/engine";

/** The documented result object of `assess --json`: the case's id, then the engine's assessment unchanged. */
export const assessmentJson = (id: string | undefined, assessment: Assessment) => ({
  id: id ?? null,
  ...assessment,
});

/** The result object of `interview --oracle --json`: as `assess`, plus one entry per screen shown. */
export const interviewJson = (id: string | undefined, run: OracleRun) => ({
  ...assessmentJson(id, run.assessment),
  asked: run.asked,
});

/** The result object of `understand --json`: the case's id, then what the engine read from its description. */
export const understoodJson = (
  id: string | undefined,
  understood: Understood,
): { readonly id: string | null } & Understood => ({
  id: id ?? null,
  lang: understood.lang,
  facts: understood.facts,
  evidence: understood.evidence,
  uncertain: understood.uncertain,
  warningSigns: understood.warningSigns,
});

/** One object for one case, an array (same order) for an array of cases. */
export const printJson = (results: readonly unknown[], many: boolean): string =>
  `${JSON.stringify(many ? results : results[0], null, 2)}\n`;
