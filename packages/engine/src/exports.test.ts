/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as engine from "@backtalk/engine";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The runtime exports of @backtalk/engine, sorted. Changing the public surface is a deliberate act:
 * update this list in the same commit (types are not listed; they vanish at runtime).
 */
const PUBLIC_SURFACE = [
  "ADAPTIVE_EXTENSION",
  "ADAPTIVE_QUESTIONNAIRE_ID",
  "CAUSES",
  "CAUSE_SYSTEM",
  "CHECK_IN_WARNING_SIGNS",
  "COLD_CAUTIONS",
  "COLD_THERAPY",
  "CONFORMANCE_TYPES",
  "CONTENT_REVIEWED",
  "COURSE",
  "COURSE_RULE_STATUS",
  "COURSE_STATUSES",
  "DEFAULT_FHIR_BASE",
  "DEFAULT_LANG",
  "DESCRIPTIVE_FACTS",
  "DETAILS_GROUP",
  "DIARY_FORMAT",
  "DIARY_VERSION",
  "DONT_KNOW",
  "DONT_KNOW_CODE",
  "DONT_KNOW_SYSTEM",
  "EMERGENCY_NUMBERS",
  "EMERGENCY_STEPS",
  "FACT_IDS",
  "FACT_KINDS",
  "FALLBACK_EMERGENCY_NUMBER",
  "FHIR_BASE",
  "FOLLOW_UP_SCREENS",
  "HEAT_THERAPY",
  "HISTORY_FACTS",
  "KNOWLEDGE_VERSION",
  "KNOWLEDGE_VERSION_MAX_LENGTH",
  "KNOWLEDGE_VERSION_SYSTEM",
  "LANGS",
  "LANGUAGES",
  "LEVELS",
  "LEVEL_INFO",
  "LEVEL_LINK_ID",
  "LEVEL_PRESENTATION",
  "MESSAGES",
  "NEXT_QUESTION_DEFINITION",
  "NOTE_MAX_LENGTH",
  "NOW_PLAN_SECTIONS",
  "PLAN_SECTION_IDS",
  "PROFILE_FACTS",
  "QUESTIONNAIRE_URL",
  "RECOVERY",
  "REGIONS",
  "REPORT_LABELS",
  "RULES",
  "RULE_SYSTEM",
  "SCREENS",
  "SCREENS_BY_MODE",
  "SEARCH_PARAMS",
  "SELF_CARE_RULE",
  "SOURCES",
  "TERMINOLOGY_IDS",
  "TRIAGE_LEVEL_EXTENSION",
  "UNDERSTOOD_LANGS",
  "ValidationError",
  "WALKING",
  "WARNING_SIGNS",
  "WARNING_SIGN_FACTS",
  "adviceBroughtForward",
  "answerScreen",
  "answerText",
  "assess",
  "buildReport",
  "canonical",
  "caseSchema",
  "conformanceResources",
  "countText",
  "countryFromLocale",
  "courseDates",
  "courseOf",
  "dateIn",
  "dateLocaleOf",
  "dateText",
  "demoDiary",
  "describeKind",
  "diaryJsonSchema",
  "diarySchema",
  "diarySnapshotSchema",
  "emergencyNumbersFor",
  "emptyDiary",
  "evaluate",
  "expandValueSet",
  "explain",
  "explainGeneralPlan",
  "factText",
  "factsFromQuestionnaireResponse",
  "factsOf",
  "factsSchema",
  "fhirSystems",
  "fillLabel",
  "format",
  "formatDate",
  "generalPlan",
  "generateDiary",
  "goBack",
  "groupEpisodes",
  "groupLinkId",
  "isAlarming",
  "isDiarySnapshot",
  "isFullPlan",
  "isJsonObject",
  "isLang",
  "isUnderstood",
  "issueCollector",
  "knowledgeMeta",
  "langOfTag",
  "levelCoding",
  "localDate",
  "localDateTime",
  "messagesFor",
  "nextQuestion",
  "nextStep",
  "openSuggestions",
  "painScoreCoding",
  "parseCase",
  "parseCases",
  "parseDiary",
  "parseDiarySnapshot",
  "parseFacts",
  "parseWith",
  "pickLang",
  "plannedQuestions",
  "pluralForm",
  "questionnaireUrl",
  "rankOf",
  "readDescription",
  "ruleTitle",
  "runOracle",
  "runOracleFrom",
  "searchResources",
  "selfCarePlan",
  "signLevel",
  "spanText",
  "startFromWords",
  "startInterview",
  "toCapabilityStatement",
  "toCodeSystem",
  "toEnableWhen",
  "toFhirBundle",
  "toOperationOutcome",
  "toQuestionnaire",
  "toQuestionnaireResponse",
  "toRiskAssessment",
  "toSearchset",
  "toValueSet",
  "trendOf",
  "understand",
  "unsureOf",
  "visibleQuestions",
];

const SRC = fileURLToPath(new URL(".", import.meta.url));

/** Engine source files: everything under src except tests and the Node-only test support in src/testing. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return relative(SRC, path) === "testing" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const parsed = sourceFiles().map((path) => ({
  file: relative(SRC, path),
  source: ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true),
}));

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const lineOf = (source: ts.SourceFile, node: ts.Node) =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

describe("the public surface", () => {
  it("exports exactly the pinned runtime names", () => {
    expect(Object.keys(engine).sort()).toEqual(PUBLIC_SURFACE);
  });
});

describe("the engine source is pure (runs in browsers and Node alike)", () => {
  const NODE_MODULES = new Set(builtinModules);
  const isNodeModule = (specifier: string) =>
    specifier.startsWith("node:") ||
    NODE_MODULES.has(specifier) ||
    NODE_MODULES.has(specifier.split("/")[0] ?? "");
  // Host globals: the DOM and browser storage, and Node's process and module system.
  const HOST_GLOBALS = new Set([
    "window",
    "document",
    "localStorage",
    "sessionStorage",
    "indexedDB",
    "navigator",
    "process",
    "Buffer",
    "require",
    "__dirname",
    "__filename",
  ]);

  it("finds the source files it checks", () => {
    expect(parsed.map(({ file }) => file)).toEqual(
      expect.arrayContaining(["assess.ts", "interview.ts", "index.ts"]),
    );
    expect(parsed.some(({ file }) => file.startsWith("testing"))).toBe(false);
  });

  it("imports no Node module (node:*, fs, path, ...)", () => {
    const offending: string[] = [];
    for (const { file, source } of parsed) {
      walk(source, (node) => {
        const specifier =
          (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
            ? node.moduleSpecifier
            : ts.isCallExpression(node) &&
                (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
                  (ts.isIdentifier(node.expression) && node.expression.text === "require"))
              ? node.arguments[0]
              : undefined;
        if (specifier && ts.isStringLiteralLike(specifier) && isNodeModule(specifier.text)) {
          offending.push(`${file}:${lineOf(source, node)} imports "${specifier.text}"`);
        }
      });
    }
    expect(offending).toEqual([]);
  });

  it("touches no window, document, localStorage or other host global", () => {
    const offending: string[] = [];
    for (const { file, source } of parsed) {
      // A local binding of the same name (e.g. a `window` of days) is not the host global.
      const declared = new Set<string>();
      walk(source, (node) => {
        if (
          (ts.isVariableDeclaration(node) ||
            ts.isParameter(node) ||
            ts.isBindingElement(node) ||
            ts.isFunctionDeclaration(node) ||
            ts.isImportSpecifier(node) ||
            ts.isNamespaceImport(node) ||
            ts.isImportClause(node)) &&
          node.name &&
          ts.isIdentifier(node.name)
        ) {
          declared.add(node.name.text);
        }
      });
      walk(source, (node) => {
        const viaGlobalThis =
          ts.isPropertyAccessExpression(node) &&
          ts.isIdentifier(node.expression) &&
          ["globalThis", "self"].includes(node.expression.text) &&
          HOST_GLOBALS.has(node.name.text);
        const bare =
          ts.isIdentifier(node) &&
          HOST_GLOBALS.has(node.text) &&
          !declared.has(node.text) &&
          !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) &&
          !(ts.isPropertyAssignment(node.parent) && node.parent.name === node) &&
          !(ts.isPropertySignature(node.parent) && node.parent.name === node) &&
          !(ts.isPropertyDeclaration(node.parent) && node.parent.name === node) &&
          !(ts.isMethodDeclaration(node.parent) && node.parent.name === node);
        if (viaGlobalThis || bare) offending.push(`${file}:${lineOf(source, node)} ${node.getText(source)}`);
      });
    }
    expect(offending).toEqual([]);
  });
});

describe("behaviour lives in data: no branch on a specific id", () => {
  // `id`, `ruleId`, `screenId`, `fact` ...: a name that holds a rule, screen, question or fact id.
  const ID_NAME = /^(id|fact|[a-z]\w*Id)$/;
  const isIdExpression = (node: ts.Expression): boolean =>
    (ts.isIdentifier(node) && ID_NAME.test(node.text)) ||
    (ts.isPropertyAccessExpression(node) && ID_NAME.test(node.name.text));
  const isLiteral = (node: ts.Node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
  const COMPARISONS = new Set([
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ]);

  it('compares no id with a literal (id === "E1") and switches on no id', () => {
    const offending: string[] = [];
    for (const { file, source } of parsed) {
      walk(source, (node) => {
        const comparison =
          ts.isBinaryExpression(node) &&
          COMPARISONS.has(node.operatorToken.kind) &&
          ((isIdExpression(node.left) && isLiteral(node.right)) ||
            (isIdExpression(node.right) && isLiteral(node.left)));
        const idSwitch =
          ts.isSwitchStatement(node) &&
          isIdExpression(node.expression) &&
          node.caseBlock.clauses.some((clause) => ts.isCaseClause(clause) && isLiteral(clause.expression));
        if (comparison || idSwitch) {
          offending.push(`${file}:${lineOf(source, node)} ${node.getText(source).split("\n")[0]}`);
        }
      });
      // The plain-text form of the style rule, for code the AST check might not see (e.g. in a template).
      for (const [index, line] of source.text.split("\n").entries()) {
        if (/\bid\s*[!=]==?\s*["'`]/.test(line)) offending.push(`${file}:${index + 1} ${line.trim()}`);
      }
    }
    expect([...new Set(offending)]).toEqual([]);
  });
});
