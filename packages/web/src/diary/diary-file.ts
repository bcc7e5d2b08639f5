import { type Diary, parseDiary, ValidationError } from "@backtalk/engine";

export interface Refusal {
  /** What is wrong, at most six lines; empty when the file is not readable JSON at all. */
  readonly problems: readonly string[];
}

/** Reads a chosen file and validates it with the engine; anything wrong refuses the whole file. */
export async function readDiaryFile(file: Pick<File, "text">): Promise<Diary | Refusal> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { problems: [] };
  }
  try {
    return parseDiary(json);
  } catch (error) {
    if (error instanceof ValidationError)
      return {
        problems: error.issues.slice(0, 6).map((issue) => `${issue.path || "(file)"}: ${issue.message}`),
      };
    return { problems: [] };
  }
}

/** How many of each kind of entry a diary holds (for "On this device: …" and "Imported: …"). */
export const countsOf = (data: {
  checkIns: readonly unknown[];
  checks?: readonly unknown[] | undefined;
  coldRounds?: readonly unknown[] | undefined;
  walks?: readonly unknown[] | undefined;
}) => ({
  checkIns: data.checkIns.length,
  checks: data.checks?.length ?? 0,
  coldRounds: data.coldRounds?.length ?? 0,
  walks: data.walks?.length ?? 0,
});
