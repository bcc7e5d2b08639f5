import { readFileSync } from "node:fs";
import {
  type Case,
  countryFromLocale,
  type Facts,
  factsFromQuestionnaireResponse,
  type Lang,
  parseCases,
  pickLang,
  ValidationError,
} from "@backtalk/engine";

/** A problem with what the person gave us (a file, an option): a plain message and exit status 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Reads and parses a JSON file, turning every failure into a UsageError that names the file. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? "unreadable");
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Names the file in every issue of a validation error, so the message says where to look. */
function inFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(
        error.issues.map((issue) => ({ ...issue, path: `${file}: ${issue.path || "(top)"}` })),
      );
    }
    throw error;
  }
}

/** One case (object) or several (array) of case.schema.json; `many` says which, so output keeps the shape. */
export function readCases(file: string): { cases: Case[]; many: boolean } {
  const input = readJsonFile(file);
  return inFile(file, () => parseCases(input));
}

/** A case with the person's own words, which `understand` and `interview --use-description` read. */
export type DescribedCase = Case & { readonly description: string };

/**
 * Cases that must carry a description (the person's own words). `factsOptional` lets a case leave out
 * `facts` (read as `{}`), for `understand`, which only reads the words. A case without words is named.
 */
export function readDescribedCases(
  file: string,
  options: { readonly factsOptional?: boolean } = {},
): { cases: DescribedCase[]; many: boolean } {
  const input = readJsonFile(file);
  const withFacts = (item: unknown) =>
    options.factsOptional &&
    typeof item === "object" &&
    item !== null &&
    !Array.isArray(item) &&
    !("facts" in item)
      ? { ...item, facts: {} }
      : item;
  const { cases, many } = inFile(file, () =>
    parseCases(Array.isArray(input) ? input.map(withFacts) : withFacts(input)),
  );
  const issues = cases.flatMap((item, index) =>
    typeof item.description === "string" && item.description.trim() !== ""
      ? []
      : [
          {
            path: `${file}: ${many ? `[${index}].` : ""}description`,
            code: "required",
            message: "is required: the person's own words, as a non-empty string",
          },
        ],
  );
  if (issues.length > 0) throw new ValidationError(issues);
  return { cases: cases as DescribedCase[], many };
}

/** A FHIR QuestionnaireResponse to BackTalk's Questionnaire, as facts plus the resource's id. */
export function readQuestionnaireResponse(file: string): { id?: string; facts: Facts } {
  const input = readJsonFile(file);
  const facts = inFile(file, () => factsFromQuestionnaireResponse(input));
  const id = (input as { id?: unknown }).id;
  return typeof id === "string" ? { id, facts } : { facts };
}

/** Facts to start `check` with: a case file or a bare facts object. */
export function readInitialFacts(file: string): Facts {
  const input = readJsonFile(file);
  const asCase = typeof input === "object" && input !== null && "facts" in input ? input : { facts: input };
  const { cases } = inFile(file, () => parseCases(asCase));
  return cases[0]?.facts ?? {};
}

/** The user's locale from the environment (LC_ALL, LC_MESSAGES, LANG), without encoding or modifier. */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  const locale = raw?.split(/[.@]/)[0];
  return locale && locale !== "C" && locale !== "POSIX" ? locale : undefined;
}

export function chooseLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  return pickLang(option ?? environmentLocale(env));
}

/** --country wins; else the region of the locale (en_GB -> GB); else unknown, and the engine's fallback applies. */
export function chooseCountry(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (option !== undefined) return option.toUpperCase();
  return countryFromLocale(environmentLocale(env));
}

/** Prints a validation error as one line per bad field. */
export function describeValidationError(error: ValidationError): string {
  return [
    "invalid input:",
    ...error.issues.map((issue) => `  ${issue.path || "(top)"}: ${issue.message}`),
  ].join("\n");
}
