import { DEFAULT_LANG, KNOWLEDGE_VERSION, LANGS, ValidationError } from "@backtalk/engine";
import { Command, CommanderError, Option } from "commander";
import { assessCommand } from "./commands/assess.ts";
import { checkCommand } from "./commands/check.ts";
import { interviewCommand } from "./commands/interview.ts";
import { questionnaireCommand } from "./commands/questionnaire.ts";
import { reportCommand } from "./commands/report.ts";
import { understandCommand } from "./commands/understand.ts";
import { describeValidationError, UsageError } from "./io.ts";

const USAGE_ERROR = 2;

const langOption = () =>
  new Option(
    "--lang <lang>",
    `language of the text: ${LANGS.join(" or ")} (default: from LANG/LC_ALL, else ${DEFAULT_LANG})`,
  ).choices(LANGS);
const countryOption = () =>
  new Option(
    "--country <code>",
    "two-letter country code for the emergency number, e.g. GB, US, ES (default: from LANG/LC_ALL)",
  );
const todayOption = () =>
  new Option(
    "--today <date>",
    "date the plan is made on, as YYYY-MM-DD (default: today), for reproducible output",
  );

const write = (text: string) => {
  process.stdout.write(text);
};

/** The `backtalk` program: commander wiring only; each command lives in commands/. */
export function program(): Command {
  const cli = new Command("backtalk")
    .description(
      "BackTalk: a calm check for a back muscle spasm. It gives information, not a diagnosis.\nIn an emergency, call your emergency number now.",
    )
    .version(`0.1.0 (knowledge ${KNOWLEDGE_VERSION})`)
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .configureOutput({ outputError: (text, writeErr) => writeErr(text.replace(/^error: /, "backtalk: ")) });

  cli
    .command("check")
    .description(
      "answer a few questions in the terminal, then see how urgently to get help, why, and a self-care plan",
    )
    .addOption(langOption())
    .addOption(countryOption())
    .option("--answers <file>", "facts to start from (a case or a facts object, as in spec/case.schema.json)")
    .option("--text <words>", "your own words about your back, read first; then only what is left is asked")
    .addOption(todayOption())
    .action(async (options) => {
      process.exitCode = await checkCommand(options);
    });

  cli
    .command("assess")
    .description("assess one case or an array of cases (spec/case.schema.json; `expected` is ignored)")
    .option("--case <file>", "a JSON file with one case or an array of cases")
    .option("--fhir-response <file>", "a FHIR R4 QuestionnaireResponse to `backtalk questionnaire --fhir`")
    .option(
      "--unsure <facts>",
      'facts the person answered "not sure", comma-separated (e.g. saddleNumbness,fever); resolved as the interview does',
    )
    .option("--json", "print the result as JSON (one object, or an array in the order of the cases)")
    .addOption(langOption())
    .addOption(countryOption())
    .addOption(todayOption())
    .action((options) => write(assessCommand(options)));

  cli
    .command("interview")
    .description("run the adaptive interview with a simulated patient who answers from each case's facts")
    .requiredOption("--oracle <file>", "a JSON file with one case or an array of cases")
    .option("--json", "print the result as JSON, with the screens asked")
    .option(
      "--use-description",
      "read each case's description first, then ask only what is left (follow-up screens)",
    )
    .addOption(langOption())
    .addOption(countryOption())
    .addOption(todayOption())
    .action((options) => write(interviewCommand(options)));

  cli
    .command("understand")
    .description(
      "read each case's description (the person's own words) and print the facts found, with the words they came from",
    )
    .requiredOption(
      "--case <file>",
      "a JSON file with one case or an array of cases, each with a description",
    )
    .option("--json", "print { id, lang, facts, evidence, uncertain, warningSigns } per case")
    .addOption(langOption())
    .addOption(
      new Option(
        "--today <date>",
        "today's date as YYYY-MM-DD, to count phrases such as 'since Saturday' (default: today)",
      ),
    )
    .action((options) => write(understandCommand(options)));

  cli
    .command("questionnaire")
    .description("print the check as a FHIR R4 Questionnaire")
    .option("--fhir", "FHIR R4 JSON (the only format for now)")
    .addOption(langOption())
    .action((options) => write(questionnaireCommand(options)));

  cli
    .command("report")
    .description("the doctor report of a diary exported by the app: a FHIR R4 Bundle and/or a one-page PDF")
    .option("--diary <file>", "a diary exported by the app (format: docs/diary.schema.json)")
    .option("--demo", "use the clearly marked example diary instead")
    .option("--fhir", "print the report as a FHIR R4 Bundle (JSON)")
    .option("--pdf <out>", "write the report as a one-page PDF to this file")
    .addOption(langOption())
    .addOption(todayOption())
    .action(async (options) => write(await reportCommand(options)));

  return cli;
}

/** Runs the program; every failure becomes a message on stderr and an exit status, never a stack trace. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await program().parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage mistakes (unknown option or command, missing argument) exit 2.
      process.exitCode = error.exitCode === 0 ? 0 : USAGE_ERROR;
      return;
    }
    if (error instanceof ValidationError) {
      process.stderr.write(`backtalk: ${describeValidationError(error)}\n`);
      process.exitCode = USAGE_ERROR;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`backtalk: ${error.message}\n`);
      process.exitCode = USAGE_ERROR;
      return;
    }
    process.stderr.write(`backtalk: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 1;
  }
}

// A reader that stops early (`backtalk ... | head`) closes the pipe: that is not an error worth a trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

await main(process.argv.slice(2));
